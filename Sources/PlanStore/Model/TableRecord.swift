/// The tables a generic CSV import writes, one record at a time.
public enum RecordTable: String, Sendable {
  case account, contact, action
}

/// An account row from another system. Fields left nil are not touched on an update.
public struct AccountRecord: Sendable, Equatable {
  /// The other system's id, matched on a later import.
  public var externalRef: String?
  public var name: String
  public var kind: String?
  public var segment: String?
  public var targeted: Bool?
  public var industry: String?

  /// A record with its name; every other field is left as it is.
  public init(name: String) { self.name = name }
}

/// A contact from another system. Fields left nil are not touched on an update.
public struct ContactRecord: Sendable, Equatable {
  public var externalRef: String?
  public var name: String
  /// The exact name of the account the contact works at.
  public var account: String?
  public var title: String?
  public var email: String?
  public var phone: String?
  public var support: String?
  public var political: String?
  public var coverage: String?
  public var kind: String?
  public var orientation: String?

  /// A record with its name; every other field is left as it is.
  public init(name: String) { self.name = name }
}

/// An action (a task) from another system. Fields left nil are not touched on an update.
public struct ActionRecord: Sendable, Equatable {
  public var name: String
  public var owner: String?
  public var dueOn: String?
  public var status: String?
  /// The exact name of the objective the action delivers.
  public var objective: String?
  public var area: String?

  /// A record with its name; every other field is left as it is.
  public init(name: String) { self.name = name }
}
