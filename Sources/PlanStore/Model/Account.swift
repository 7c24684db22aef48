/// An account, division or roll-up row in a plan's account structure.
public struct Account: Sendable, Equatable {
  public let id: Int64
  public var parentID: Int64?
  public var parentName: String?
  public var name: String
  public var kind: String
  public var segment: String?
  public var targeted: Bool
  public var industry: String
  public var externalRef: String?
  /// How the customer sees us at this account, from vendor to trusted advisor.
  public var relationship: String? = nil

  /// The kinds of row an account structure holds.
  public static let kinds = ["account", "division", "rollup"]

  /// The segments, A (most important) to D.
  public static let segments = ["A", "B", "C", "D"]
}
