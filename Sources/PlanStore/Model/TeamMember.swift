/// A member of the plan's team, with their access and role.
public struct TeamMember: Sendable, Equatable {
  public let id: Int64
  public var name: String
  public var access: String
  public var role: String

  /// One owner; others edit or only view.
  public static let accessLevels = ["owner", "edit", "view"]
}

/// A target period: back to back with its neighbours, each with a revenue target.
public struct TargetPeriod: Sendable, Equatable {
  public let id: Int64
  public let startsOn: String
  public let endsOn: String
  public let targetMinor: Int64
}
