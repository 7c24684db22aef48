import PlanCommands

/// Every command: the plan commands and this layer's meeting commands.
public enum MeetingCatalog {
  /// The full command table a shell, a script or a replay runs with.
  public static func commandTable() -> CommandTable {
    CommandTable(PlanCommandCatalog.all + MeetingCommandGroup.all)
  }
}
