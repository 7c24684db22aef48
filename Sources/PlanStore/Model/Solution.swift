/// Something we sell: a column of the opportunity map.
public struct Solution: Sendable, Equatable {
  public let id: Int64
  public var name: String
  public var family: String
  public var targeted: Bool
  /// Where the column stands on the map, lowest first.
  public var position: Int = 0
  /// An inactive solution is no longer sold: it leaves the map but keeps its history.
  public var active: Bool = true
  public var externalRef: String?
}
