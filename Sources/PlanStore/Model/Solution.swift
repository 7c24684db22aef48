/// Something we sell: a column of the opportunity map.
public struct Solution: Sendable, Equatable {
  public let id: Int64
  public var name: String
  public var family: String
  public var targeted: Bool
  public var externalRef: String?
}
