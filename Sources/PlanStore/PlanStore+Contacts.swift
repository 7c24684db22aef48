/// Contacts at the plan's accounts, for its relationship maps.
extension PlanStore {
  /// The fields `contact(from:)` reads, from `contact c`, its account `a` and manager `r`.
  static let contactFields = """
    c.id, c.account_id, a.name, c.name, c.title, c.email, c.phone, c.reports_to_id, r.name,
    c.support, c.external_ref, c.political, c.coverage
    """

  static let contactColumns =
    contactFields + """
       FROM contact c
      LEFT JOIN account a ON a.id = c.account_id LEFT JOIN contact r ON r.id = c.reports_to_id
      """

  /// Adds a contact at an account.
  @discardableResult
  public func addContact(
    planID: Int64, name: String, account: String?, title: String = "", email: String = "",
    phone: String = "", reportsTo: String? = nil
  ) throws -> Contact {
    try requireName(name, field: "contact name")
    return try transaction {
      let accountID = try account.map { name throws(StoreError) in
        try resolve(name, kind: "account", table: "account", planID: planID)
      }
      let managerID = try reportsTo.map { name throws(StoreError) in
        try resolve(name, kind: "contact", table: "contact", planID: planID)
      }
      let clash = try database.row(
        "SELECT 1 FROM contact WHERE plan_id = ? AND name = ? COLLATE NOCASE "
          + "AND account_id IS ?", [.integer(planID), .text(name), .optional(accountID)])
      if clash != nil { throw StoreError.duplicate(kind: "contact", name: name) }
      try database.run(
        "INSERT INTO contact (plan_id, account_id, name, title, email, phone, reports_to_id, "
          + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .optional(accountID), .text(name), .text(title), .text(email),
          .text(phone), .optional(managerID), .text(timestamp),
        ])
      let id = database.lastInsertedID
      try log(planID: planID, "added contact '\(name)'")
      try touch(planID: planID)
      return try contact(id: id)
    }
  }

  /// The plan's contacts, optionally only those at one account, by account then name.
  public func contacts(planID: Int64, accountID: Int64? = nil) throws(StoreError) -> [Contact] {
    // Two statements, so that one account's contacts come through its index.
    let order = " ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id"
    guard let accountID else {
      return try database.rows(
        "SELECT \(Self.contactColumns) WHERE c.plan_id = ?" + order, [.integer(planID)],
        as: Self.contact(from:))
    }
    return try database.rows(
      "SELECT \(Self.contactColumns) WHERE c.account_id = ? AND c.plan_id = ?" + order,
      [.integer(accountID), .integer(planID)], as: Self.contact(from:)
    )
  }

  /// The plan's contacts as its relationship map shows them (or one account's), sorted
  /// by account and name: only the fields the map draws, so the largest accounts' maps
  /// read no more than they show.
  public func mapContacts(planID: Int64, accountID: Int64? = nil) throws(StoreError)
    -> [MapContact]
  {
    let select = """
      SELECT c.id, a.name, c.name, c.title, c.reports_to_id, c.support, c.political, c.coverage
      FROM contact c LEFT JOIN account a ON a.id = c.account_id
      """
    let order = " ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id"
    let (filter, values): (String, [SQLValue]) =
      accountID.map {
        (" WHERE c.account_id = ? AND c.plan_id = ?", [.integer($0), .integer(planID)])
      }
      ?? (" WHERE c.plan_id = ?", [.integer(planID)])
    return try database.rows(select + filter + order, values) { (row: Row) in
      MapContact(
        id: row.int(0), accountName: row.text(1), name: row.string(2), title: row.string(3),
        reportsToID: row.integer(4), support: row.text(5), political: row.text(6),
        coverage: row.text(7))
    }
  }

  /// The contact named (or numbered) `reference`.
  public func contact(named reference: String, planID: Int64) throws(StoreError) -> Contact {
    try contact(id: resolve(reference, kind: "contact", table: "contact", planID: planID))
  }

  /// The contact with id `id`.
  public func contact(id: Int64) throws(StoreError) -> Contact {
    guard let row = try database.row("SELECT \(Self.contactColumns) WHERE c.id = ?", [.integer(id)])
    else { throw .notFound(kind: "contact", name: String(id)) }
    return Self.contact(from: row)
  }

  /// Changes a contact's fields; nil leaves a field as it is.
  public func updateContact(
    planID: Int64, reference: String, title: String? = nil, reportsTo: String? = nil,
    support: String? = nil, email: String? = nil, political: String? = nil,
    coverage: String? = nil
  ) throws {
    if let support { try requireOneOf(support, Contact.supportLevels, field: "support") }
    if let political, political != "none" {
      try requireOneOf(political, Contact.politicalStatuses, field: "political status")
    }
    if let coverage { try requireOneOf(coverage, Contact.coverageLevels, field: "coverage") }
    try transaction {
      let id = try resolve(reference, kind: "contact", table: "contact", planID: planID)
      let managerID = try reportsTo.map { name throws(StoreError) in
        try resolve(name, kind: "contact", table: "contact", planID: planID)
      }
      if let managerID, try reportingChain(from: managerID).contains(id) {
        throw StoreError.invalid(
          field: "reports to", value: reportsTo ?? "",
          reason: "that would make a reporting loop")
      }
      try database.run(
        """
        UPDATE contact SET title = COALESCE(?, title), reports_to_id = COALESCE(?, reports_to_id),
          support = COALESCE(?, support), email = COALESCE(?, email),
          political = CASE WHEN ? = 'none' THEN NULL ELSE COALESCE(?, political) END,
          coverage = COALESCE(?, coverage), updated_at = ?
        WHERE id = ?
        """,
        [
          .optional(title), .optional(managerID), .optional(support), .optional(email),
          .optional(political), .optional(political), .optional(coverage), .text(timestamp),
          .integer(id),
        ])
      try log(planID: planID, "changed contact '\(reference)'")
      try touch(planID: planID)
    }
  }

  /// The contact `id` and everyone above them, following reports-to.
  private func reportingChain(from id: Int64) throws(StoreError) -> Set<Int64> {
    var chain: Set<Int64> = []
    var next: Int64? = id
    while let current = next, !chain.contains(current) {
      chain.insert(current)
      next = try database.row(
        "SELECT reports_to_id FROM contact WHERE id = ?", [.integer(current)])?.integer(0)
    }
    return chain
  }

  static func contact(from row: Row) -> Contact {
    Contact(
      id: row.int(0), accountID: row.integer(1), accountName: row.text(2), name: row.string(3),
      title: row.string(4), email: row.string(5), phone: row.string(6),
      reportsToID: row.integer(7), reportsToName: row.text(8), support: row.text(9),
      political: row.text(11), coverage: row.text(12), externalRef: row.text(10))
  }
}
