/// Something a plan check found: a gap or vulnerability worth raising in a meeting.
public struct PlanFinding: Sendable, Equatable {
  /// The check's name, such as `overdue-actions`.
  public let check: String
  /// The plan area it belongs to.
  public let area: String
  public let message: String
}
