/// A strategic plan for one enterprise account or a portfolio of accounts.
public struct Plan: Sendable, Equatable {
  public let id: Int64
  public var name: String
  public var typeName: String
  public var owner: String
  public var currency: String
  public var startsOn: String?
  public var endsOn: String?
  public var targetMinor: Int64
  public var createdAt: String
  public var updatedAt: String
}

/// A plan type: which questions a plan asks.
public struct PlanType: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let description: String
}
