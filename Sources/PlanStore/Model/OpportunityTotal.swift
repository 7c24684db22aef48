/// A column of the opportunity map: one solution, one solution family, or the
/// opportunities that name no solution.
public enum MapColumn: Hashable, Sendable {
  case solution(Int64)
  case family(String)
  case noSolution
}

/// The value of one account row's opportunities of one status in one map column.
public struct OpportunityTotal: Sendable, Equatable {
  /// The account row, or nil for opportunities at no account.
  public let accountID: Int64?
  public let column: MapColumn
  public let status: String
  public let count: Int
  public let amountMinor: Int64
}
