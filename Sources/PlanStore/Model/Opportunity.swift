/// A potential, current (open), won or lost opportunity in an opportunity-map cell.
public struct Opportunity: Sendable, Equatable {
  public let id: Int64
  public var accountID: Int64?
  public var accountName: String?
  public var solutionID: Int64?
  public var solutionName: String?
  public var name: String
  public var amountMinor: Int64
  public var closeDate: String?
  public var stage: String
  public var status: String
  public var owner: String
  public var externalRef: String?

  /// Potential ideas, open (current) opportunities, and closed ones.
  public static let statuses = ["potential", "open", "won", "lost"]
}
