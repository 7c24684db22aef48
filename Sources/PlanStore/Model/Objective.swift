/// A goal that delivers the plan's strategy, delivered in turn by actions.
public struct Objective: Sendable, Equatable {
  public let id: Int64
  public var accountID: Int64?
  public var accountName: String?
  public var name: String
  public var type: String
  public var metric: String
  public var owner: String
  public var priority: String
  public var dueOn: String?
  public var status: String
  public var actionCount: Int

  public static let types = [
    "revenue", "business development", "relationship", "customer success", "other",
  ]
  public static let priorities = ["high", "medium", "low"]
  public static let statuses = ["not started", "in progress", "deferred", "achieved", "cancelled"]
}
