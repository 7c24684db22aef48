/// Plans and plan types.
extension PlanStore {
  private static let planColumns = """
    p.id, p.name, COALESCE(t.name, ''), p.owner, p.currency, p.starts_on, p.ends_on,
    p.target_minor, p.created_at, p.updated_at
    FROM plan p LEFT JOIN plan_type t ON t.id = p.plan_type_id
    """

  /// Creates a plan; `typeName` must name an existing plan type.
  @discardableResult
  public func createPlan(
    name: String, typeName: String = "enterprise", owner: String, currency: String = "USD"
  ) throws -> Plan {
    try requireName(name, field: "plan name")
    return try transaction {
      if try database.row("SELECT 1 FROM plan WHERE name = ?", [.text(name)]) != nil {
        throw StoreError.duplicate(kind: "plan", name: name)
      }
      let type = try planType(named: typeName)
      try database.run(
        "INSERT INTO plan (name, plan_type_id, owner, currency, created_at, updated_at) "
          + "VALUES (?, ?, ?, ?, ?, ?)",
        [
          .text(name), .integer(type.id), .text(owner), .text(currency), .text(timestamp),
          .text(timestamp),
        ])
      let id = database.lastInsertedID
      try log(planID: id, "created plan '\(name)'")
      return try plan(id: id)
    }
  }

  /// Every plan, by name.
  public func plans() throws(StoreError) -> [Plan] {
    try database.rows("SELECT \(Self.planColumns) ORDER BY p.name").map(Self.plan(from:))
  }

  /// The plan with id `id`.
  public func plan(id: Int64) throws(StoreError) -> Plan {
    guard let row = try database.row("SELECT \(Self.planColumns) WHERE p.id = ?", [.integer(id)])
    else { throw .notFound(kind: "plan", name: String(id)) }
    return Self.plan(from: row)
  }

  /// The plan named (or numbered) `reference`.
  public func plan(named reference: String) throws(StoreError) -> Plan {
    if let id = Int64(reference), let found = try? plan(id: id) { return found }
    let rows = try database.rows(
      "SELECT \(Self.planColumns) WHERE p.name = ? COLLATE NOCASE", [.text(reference)])
    if let row = rows.first { return Self.plan(from: row) }
    let prefixed = try database.rows(
      "SELECT \(Self.planColumns) WHERE p.name LIKE ? ESCAPE '\\' ORDER BY p.name LIMIT 20",
      [.text(escapeLike(reference) + "%")])
    if prefixed.count == 1 { return Self.plan(from: prefixed[0]) }
    if prefixed.count > 1 {
      throw .ambiguous(kind: "plan", name: reference, matches: prefixed.map { $0.string(1) })
    }
    throw .notFound(kind: "plan", name: reference)
  }

  /// Changes a plan's fields; nil leaves a field as it is.
  public func updatePlan(
    id: Int64, type: String? = nil, owner: String? = nil, targetMinor: Int64? = nil,
    startsOn: String? = nil, endsOn: String? = nil
  ) throws {
    if let startsOn { try requireDate(startsOn, field: "start date") }
    if let endsOn { try requireDate(endsOn, field: "end date") }
    if let targetMinor { try requireNotNegative(targetMinor, field: "target") }
    try transaction {
      let typeID = try type.map { name throws(StoreError) in try planType(named: name).id }
      try database.run(
        """
        UPDATE plan SET plan_type_id = COALESCE(?, plan_type_id), owner = COALESCE(?, owner),
          target_minor = COALESCE(?, target_minor), starts_on = COALESCE(?, starts_on),
          ends_on = COALESCE(?, ends_on), updated_at = ? WHERE id = ?
        """,
        [
          .optional(typeID), .optional(owner), .optional(targetMinor), .optional(startsOn),
          .optional(endsOn), .text(timestamp), .integer(id),
        ])
      let plan = try plan(id: id)
      if let start = plan.startsOn, let end = plan.endsOn, end < start {
        throw StoreError.invalid(
          field: "end date", value: end,
          reason: "the plan would end before it starts (\(start))")
      }
      try log(planID: id, "changed plan")
    }
  }

  /// Every plan type, by name.
  public func planTypes() throws(StoreError) -> [PlanType] {
    try database.rows("SELECT id, name, description FROM plan_type ORDER BY name").map {
      PlanType(id: $0.int(0), name: $0.string(1), description: $0.string(2))
    }
  }

  /// The plan type named `name`, ignoring case.
  public func planType(named name: String) throws(StoreError) -> PlanType {
    guard
      let row = try database.row(
        "SELECT id, name, description FROM plan_type WHERE name = ?", [.text(name)])
    else {
      let known = try planTypes().map(\.name).joined(separator: ", ")
      throw .invalid(field: "plan type", value: name, reason: "known types are \(known)")
    }
    return PlanType(id: row.int(0), name: row.string(1), description: row.string(2))
  }

  /// Marks the plan as changed now.
  func touch(planID: Int64) throws(StoreError) {
    try database.run(
      "UPDATE plan SET updated_at = ? WHERE id = ?", [.text(timestamp), .integer(planID)])
  }

  private static func plan(from row: Row) -> Plan {
    Plan(
      id: row.int(0), name: row.string(1), typeName: row.string(2), owner: row.string(3),
      currency: row.string(4), startsOn: row.text(5), endsOn: row.text(6),
      targetMinor: row.int(7), createdAt: row.string(8), updatedAt: row.string(9))
  }
}
