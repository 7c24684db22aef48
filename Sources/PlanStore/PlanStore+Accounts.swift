/// The plan's account structure: accounts, divisions and roll-ups.
extension PlanStore {
  private static let accountColumns = """
    a.id, a.parent_id, p.name, a.name, a.kind, a.segment, a.targeted, a.industry,
    a.external_ref, a.relationship FROM account a LEFT JOIN account p ON p.id = a.parent_id
    """

  /// Adds an account row; a division or roll-up names its parent.
  @discardableResult
  public func addAccount(
    planID: Int64, name: String, parent: String? = nil, kind: String = "account",
    segment: String? = nil, targeted: Bool = false, industry: String = "",
    externalRef: String? = nil
  ) throws -> Account {
    try requireName(name, field: "account name")
    try requireOneOf(kind, Account.kinds, field: "account kind")
    if let segment { try requireOneOf(segment, Account.segments, field: "segment") }
    return try transaction {
      let parentID = try parent.map { name throws(StoreError) in
        try resolve(name, kind: "account", table: "account", planID: planID)
      }
      if let parentID, try depth(of: parentID) >= 3 {
        throw StoreError.invalid(
          field: "parent", value: parent ?? "",
          reason: "account structures nest at most three levels deep")
      }
      let clash = try database.row(
        "SELECT 1 FROM account WHERE plan_id = ? AND name = ? COLLATE NOCASE "
          + "AND parent_id IS ?", [.integer(planID), .text(name), .optional(parentID)])
      if clash != nil { throw StoreError.duplicate(kind: "account", name: name) }
      try database.run(
        "INSERT INTO account (plan_id, parent_id, name, kind, segment, targeted, industry, "
          + "external_ref, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .optional(parentID), .text(name), .text(kind), .optional(segment),
          .flag(targeted), .text(industry), .optional(externalRef), .text(timestamp),
        ])
      let id = database.lastInsertedID
      try log(planID: planID, "added account '\(name)'")
      try touch(planID: planID)
      return try account(id: id)
    }
  }

  /// Every account row of the plan, parents before their children, by name.
  public func accounts(planID: Int64) throws(StoreError) -> [Account] {
    try database.rows(
      "SELECT \(Self.accountColumns) WHERE a.plan_id = ? ORDER BY a.name COLLATE NOCASE, a.id",
      [.integer(planID)], as: Self.account(from:)
    )
  }

  /// The account named (or numbered) `reference` in the plan.
  public func account(named reference: String, planID: Int64) throws(StoreError) -> Account {
    try account(id: resolve(reference, kind: "account", table: "account", planID: planID))
  }

  /// The account with id `id`.
  public func account(id: Int64) throws(StoreError) -> Account {
    guard let row = try database.row("SELECT \(Self.accountColumns) WHERE a.id = ?", [.integer(id)])
    else { throw .notFound(kind: "account", name: String(id)) }
    return Self.account(from: row)
  }

  /// Changes an account's fields; nil leaves a field as it is.
  public func updateAccount(
    planID: Int64, reference: String, name: String? = nil, segment: String? = nil,
    targeted: Bool? = nil, industry: String? = nil, relationship: String? = nil
  ) throws {
    if let relationship {
      try requireOneOf(relationship, PlanStore.relationshipLevels, field: "relationship")
    }
    if let name { try requireName(name, field: "account name") }
    if let segment { try requireOneOf(segment, Account.segments, field: "segment") }
    try transaction {
      let id = try resolve(reference, kind: "account", table: "account", planID: planID)
      try database.run(
        """
        UPDATE account SET name = COALESCE(?, name), segment = COALESCE(?, segment),
          targeted = COALESCE(?, targeted), industry = COALESCE(?, industry),
          relationship = COALESCE(?, relationship), updated_at = ?
        WHERE id = ?
        """,
        [
          .optional(name), .optional(segment), targeted.map(SQLValue.flag) ?? .null,
          .optional(industry), .optional(relationship), .text(timestamp), .integer(id),
        ])
      try log(planID: planID, "changed account '\(reference)'")
      try touch(planID: planID)
    }
  }

  /// Removes an account row with its divisions. Contacts, opportunities and objectives
  /// there are removed too only with `force`; otherwise their presence is an error that
  /// counts them, so nothing is orphaned by accident.
  public func removeAccount(planID: Int64, reference: String, force: Bool = false) throws {
    try transaction {
      let id = try resolve(reference, kind: "account", table: "account", planID: planID)
      let tree = """
        WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL
          SELECT a.id FROM account a JOIN tree t ON a.parent_id = t.id)
        """
      var held: [String] = []
      for table in ["contact", "opportunity", "objective"] {
        let count =
          try database.row(
            tree + " SELECT COUNT(*) FROM \(table) WHERE account_id IN (SELECT id FROM tree)",
            [.integer(id)])?.int(0) ?? 0
        let noun = count == 1 ? table : (table == "opportunity" ? "opportunities" : table + "s")
        if count > 0 { held.append("\(count) \(noun)") }
        if force {
          try database.run(
            tree + " DELETE FROM \(table) WHERE account_id IN (SELECT id FROM tree)",
            [.integer(id)])
        }
      }
      if !held.isEmpty && !force {
        throw StoreError.invalid(
          field: "account", value: try account(id: id).name,
          reason: "it still holds " + held.joined(separator: ", ")
            + "; move or remove them first, or use --force to remove them with it")
      }
      try database.run("DELETE FROM account WHERE id = ?", [.integer(id)])
      try log(planID: planID, "removed account '\(reference)'")
      try touch(planID: planID)
    }
  }

  /// How many levels deep account `id` sits: 1 for a top-level row.
  private func depth(of id: Int64) throws(StoreError) -> Int {
    var level = 0
    var next: Int64? = id
    while let current = next, level < 10 {
      level += 1
      next = try database.row(
        "SELECT parent_id FROM account WHERE id = ?", [.integer(current)])?.integer(0)
    }
    return level
  }

  static func account(from row: Row) -> Account {
    Account(
      id: row.int(0), parentID: row.integer(1), parentName: row.text(2), name: row.string(3),
      kind: row.string(4), segment: row.text(5), targeted: row.flag(6), industry: row.string(7),
      externalRef: row.text(8), relationship: row.text(9))
  }
}
