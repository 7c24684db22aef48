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
  public var political: String?
  public var coverage: String?
  public var externalRef: String?

  /// A contact in the inner circle or the political structure is a key player.
  public var isKeyPlayer: Bool { political != nil }

  public static let politicalStatuses = ["inner circle", "political structure"]
  public static let coverageLevels = ["unknown", "no contact", "brief", "multiple", "in depth"]

  /// Real contacts, people outside the account, and placeholder personas.
  public static let kinds = ["contact", "external", "persona"]

  /// How a contact makes decisions.
  public static let orientations = ["financial", "technical", "relationship", "business"]

  /// How a contact stands toward us, from best to worst.
  public static let supportLevels = ["mentor", "supporter", "neutral", "non-supporter", "enemy"]
}
