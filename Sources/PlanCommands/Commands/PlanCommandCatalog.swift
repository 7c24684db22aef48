/// Every plan command of this layer, for the shell to register.
public enum PlanCommandCatalog {
  public static var all: [CommandSpec] {
    PlanCommandGroup.all + AccountCommandGroup.all + DetailCommandGroup.all
      + OpportunityCommandGroup.all + ContactCommandGroup.all + ObjectiveCommandGroup.all
      + ActionCommandGroup.all + FeedbackCommandGroup.all + ImportCommandGroup.all
      + SessionCommandGroup.all
  }
}
