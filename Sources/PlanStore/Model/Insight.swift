/// A card on an account's insight map: a goal, pressure, initiative, obstacle or solution.
public struct Insight: Sendable, Equatable {
  public let id: Int64
  public var accountID: Int64?
  public var accountName: String?
  public var row: String
  public var text: String
  public var concerns: String
  public var source: String
  public var status: String
  public var confirmedBy: String = ""
  public var confirmedOn: String?
  /// A named section of the map the card belongs to, if any.
  public var section: String = ""

  public static let rows = ["goal", "pressure", "initiative", "obstacle", "solution"]
  public static let statuses = ["unconfirmed", "confirmed", "done"]
}
