/// A person at an account, placed on its relationship map.
public struct Contact: Sendable, Equatable {
  public let id: Int64
  public var accountID: Int64?
  public var accountName: String?
  public var name: String
  public var title: String
  public var email: String
  public var phone: String
  public var reportsToID: Int64?
  public var reportsToName: String?
  public var support: String?
  public var externalRef: String?

  /// How a contact stands toward us, from best to worst.
  public static let supportLevels = ["mentor", "supporter", "neutral", "non-supporter", "enemy"]
}
