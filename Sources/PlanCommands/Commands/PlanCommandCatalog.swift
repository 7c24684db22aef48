/// Every plan command of this layer, for the shell to register.
public enum PlanCommandCatalog {
  public static var all: [CommandSpec] {
    PlanCommandGroup.all + TeamCommandGroup.all + AccountCommandGroup.all + DetailCommandGroup.all
      + InsightCommandGroup.all + OpportunityCommandGroup.all + ContactCommandGroup.all
      + RelationshipCommandGroup.all + CellCommandGroup.all + ObjectiveCommandGroup.all
      + ActionCommandGroup.all + FeedbackCommandGroup.all + ImportCommandGroup.all
      + TransferCommandGroup.all
      + SessionCommandGroup.all
  }
}
