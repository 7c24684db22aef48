/// Opportunities and the solutions that form the opportunity map's columns.
extension PlanStore {
  static let opportunityColumns = """
    o.id, o.account_id, a.name, o.solution_id, s.name, o.name, o.amount_minor, o.close_date,
    o.stage, o.status, o.owner, o.external_ref FROM opportunity o
    LEFT JOIN account a ON a.id = o.account_id LEFT JOIN solution s ON s.id = o.solution_id
    """

  /// Adds an opportunity in the cell of `account` and `solution`.
  @discardableResult
  public func addOpportunity(
    planID: Int64, name: String, account: String?, solution: String? = nil,
    amountMinor: Int64 = 0, closeDate: String? = nil, stage: String = "",
    status: String = "potential", owner: String = ""
  ) throws -> Opportunity {
    try requireText(name, field: "opportunity name")
    try requireOneOf(status, Opportunity.statuses, field: "status")
    if let closeDate { try requireDate(closeDate, field: "close date") }
    try requireNotNegative(amountMinor, field: "amount")
    return try transaction {
      let accountID = try account.map { name throws(StoreError) in
        try resolve(name, kind: "account", table: "account", planID: planID)
      }
      let solutionID = try solution.map { name throws(StoreError) in
        try resolve(name, kind: "solution", table: "solution", planID: planID)
      }
      try database.run(
        "INSERT INTO opportunity (plan_id, account_id, solution_id, name, amount_minor, "
          + "close_date, stage, status, owner, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .optional(accountID), .optional(solutionID), .text(name),
          .integer(amountMinor), .optional(closeDate), .text(stage), .text(status), .text(owner),
          .text(timestamp),
        ])
      let id = database.lastInsertedID
      try log(planID: planID, "added opportunity '\(name)'")
      try touch(planID: planID)
      return try opportunity(id: id)
    }
  }

  /// The plan's opportunities, optionally of one status, by account then close date.
  public func opportunities(planID: Int64, status: String? = nil) throws(StoreError)
    -> [Opportunity]
  {
    try database.rows(
      "SELECT \(Self.opportunityColumns) WHERE o.plan_id = ? AND (? IS NULL OR o.status = ?) "
        + "ORDER BY a.name COLLATE NOCASE, o.close_date, o.id",
      [.integer(planID), .optional(status), .optional(status)], as: Self.opportunity(from:)
    )
  }

  /// The opportunity with id `id`.
  public func opportunity(id: Int64) throws(StoreError) -> Opportunity {
    guard
      let row = try database.row(
        "SELECT \(Self.opportunityColumns) WHERE o.id = ?", [.integer(id)])
    else { throw .notFound(kind: "opportunity", name: String(id)) }
    return Self.opportunity(from: row)
  }

  /// Changes an opportunity's fields; nil leaves a field as it is.
  public func updateOpportunity(
    planID: Int64, reference: String, solution: String? = nil, amountMinor: Int64? = nil,
    closeDate: String? = nil, stage: String? = nil, status: String? = nil, owner: String? = nil
  ) throws {
    if let status { try requireOneOf(status, Opportunity.statuses, field: "status") }
    if let closeDate { try requireDate(closeDate, field: "close date") }
    if let amountMinor { try requireNotNegative(amountMinor, field: "amount") }
    try transaction {
      let id = try resolve(reference, kind: "opportunity", table: "opportunity", planID: planID)
      let solutionID = try solution.map { name throws(StoreError) in
        try resolve(name, kind: "solution", table: "solution", planID: planID)
      }
      try database.run(
        """
        UPDATE opportunity SET solution_id = COALESCE(?, solution_id),
          amount_minor = COALESCE(?, amount_minor), close_date = COALESCE(?, close_date),
          stage = COALESCE(?, stage), status = COALESCE(?, status), owner = COALESCE(?, owner),
          updated_at = ? WHERE id = ?
        """,
        [
          .optional(solutionID), .optional(amountMinor), .optional(closeDate), .optional(stage),
          .optional(status), .optional(owner), .text(timestamp), .integer(id),
        ])
      try log(planID: planID, "changed opportunity '\(reference)'")
      try touch(planID: planID)
    }
  }

  /// Adds a solution (a column of the opportunity map).
  @discardableResult
  public func addSolution(
    planID: Int64, name: String, family: String = "", targeted: Bool = false
  ) throws -> Solution {
    try requireName(name, field: "solution name")
    return try transaction {
      let clash = try database.row(
        "SELECT 1 FROM solution WHERE plan_id = ? AND name = ? COLLATE NOCASE",
        [.integer(planID), .text(name)])
      if clash != nil { throw StoreError.duplicate(kind: "solution", name: name) }
      try database.run(
        "INSERT INTO solution (plan_id, name, family, targeted) VALUES (?, ?, ?, ?)",
        [.integer(planID), .text(name), .text(family), .flag(targeted)])
      let id = database.lastInsertedID
      try log(planID: planID, "added solution '\(name)'")
      try touch(planID: planID)
      return Solution(id: id, name: name, family: family, targeted: targeted, externalRef: nil)
    }
  }

  /// The plan's solutions, by family then name.
  public func solutions(planID: Int64) throws(StoreError) -> [Solution] {
    try database.rows(
      "SELECT id, name, family, targeted, external_ref, position, active FROM solution "
        + "WHERE plan_id = ? ORDER BY position, family COLLATE NOCASE, name COLLATE NOCASE",
      [.integer(planID)]
    ).map {
      Solution(
        id: $0.int(0), name: $0.string(1), family: $0.string(2), targeted: $0.flag(3),
        position: Int($0.int(5)), active: $0.flag(6), externalRef: $0.text(4))
    }
  }

  static func opportunity(from row: Row) -> Opportunity {
    Opportunity(
      id: row.int(0), accountID: row.integer(1), accountName: row.text(2),
      solutionID: row.integer(3), solutionName: row.text(4), name: row.string(5),
      amountMinor: row.int(6), closeDate: row.text(7), stage: row.string(8),
      status: row.string(9), owner: row.string(10), externalRef: row.text(11))
  }
}
