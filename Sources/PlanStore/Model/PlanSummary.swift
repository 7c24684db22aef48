/// The figures of a plan's overview, counted by the store instead of read row by row.
public struct PlanSummary: Sendable, Equatable {
  /// Open opportunities closing in the plan period (or undated): how many, and their value.
  public var openCount: Int
  public var openMinor: Int64
  /// Won opportunities closing in the plan period (or undated): how many, and their value.
  public var wonCount: Int
  public var wonMinor: Int64
  /// The largest open opportunities in the plan period, largest first; at most five.
  public var largestOpen: [Opportunity]
  /// Rows of the account structure, and how many of them are targeted.
  public var accountRows: Int
  public var targetedRows: Int
  /// Contacts on the relationship maps, and how many are mentors or supporters.
  public var contactCount: Int
  public var supporterCount: Int
  /// The first supporting contacts in map order (account, then name); at most five.
  public var firstSupporters: [Contact]
  /// Objectives, and how many are in progress or not started.
  public var objectiveCount: Int
  public var activeObjectiveCount: Int
  /// The first active objectives by due date; at most five.
  public var firstActiveObjectives: [Objective]
  /// Open actions, and how many of them are past their due date.
  public var openActionCount: Int
  public var overdueActionCount: Int
  /// The plan's latest meeting, if it has had one.
  public var lastMeeting: Meeting?
}
