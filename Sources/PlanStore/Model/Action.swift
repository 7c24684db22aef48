/// A piece of work with an owner and a due date, on an objective or on its own.
public struct Action: Sendable, Equatable {
  public let id: Int64
  public var objectiveID: Int64?
  public var objectiveName: String?
  public var meetingID: Int64?
  public var area: String
  public var name: String
  public var owner: String
  public var dueOn: String?
  public var status: String
  public var createdAt: String
  public var doneAt: String?

  public static let statuses = ["open", "done"]

  /// Whether the action is open and past its due date on `today` (`YYYY-MM-DD`).
  public func isOverdue(today: String) -> Bool {
    guard status == "open", let dueOn else { return false }
    return dueOn < today
  }
}
