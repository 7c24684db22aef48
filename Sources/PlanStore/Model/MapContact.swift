/// A contact as the relationship map shows it: who, where in the reporting tree, and how
/// they stand.
public struct MapContact: Sendable, Equatable {
  public let id: Int64
  public var accountName: String?
  public var name: String
  public var title: String
  public var reportsToID: Int64?
  public var support: String?
  public var political: String?
  public var coverage: String?

  /// A contact in the inner circle or the political structure is a key player.
  public var isKeyPlayer: Bool { political != nil }
}
