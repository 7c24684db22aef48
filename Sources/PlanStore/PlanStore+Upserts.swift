/// Writing records that come from another system, matched by that system's id.
extension PlanStore {
  /// What writing one outside record did.
  public enum UpsertOutcome: String, Sendable {
    case created, updated, unchanged
  }

  /// The id of the row of `table` in the plan with `externalRef`, if any.
  public func rowID(table: ExternalTable, planID: Int64, externalRef: String) throws(StoreError)
    -> Int64?
  {
    try database.row(
      "SELECT id FROM \(table.rawValue) WHERE plan_id = ? AND external_ref = ?",
      [.integer(planID), .text(externalRef)]
    )?.int(0)
  }

  /// The id and outside reference of the row of `table` named `name` (ignoring case), when
  /// exactly one has that name; used to match records that carry no id of their own.
  public func rowNamed(_ name: String, table: ExternalTable, planID: Int64) throws(StoreError)
    -> (id: Int64, externalRef: String?)?
  {
    let rows = try database.rows(
      "SELECT id, external_ref FROM \(table.rawValue) WHERE plan_id = ? AND name = ? "
        + "COLLATE NOCASE LIMIT 2", [.integer(planID), .text(name)])
    guard rows.count == 1 else { return nil }
    return (rows[0].int(0), rows[0].text(1))
  }

  /// Gives the row `id` of `table` the outside reference `externalRef`.
  public func setExternalRef(_ externalRef: String, table: ExternalTable, id: Int64) throws {
    try database.run(
      "UPDATE \(table.rawValue) SET external_ref = ? WHERE id = ?",
      [.text(externalRef), .integer(id)])
  }

  /// Creates or updates the row of `table` with `externalRef`, setting `fields`.
  ///
  /// Column names come from the caller (this module's importers), never from input.
  public func upsert(
    table: ExternalTable, planID: Int64, externalRef: String, fields: [(String, SQLValue)]
  ) throws -> (id: Int64, outcome: UpsertOutcome) {
    let stamped = fields + (table.hasUpdatedAt ? [("updated_at", SQLValue.text(timestamp))] : [])
    if let id = try rowID(table: table, planID: planID, externalRef: externalRef) {
      let names = fields.map(\.0)
      let current = try database.row(
        "SELECT \(names.joined(separator: ", ")) FROM \(table.rawValue) WHERE id = ?",
        [.integer(id)])
      if current?.values == fields.map(\.1) { return (id, .unchanged) }
      let assignments = stamped.map { "\($0.0) = ?" }.joined(separator: ", ")
      try database.run(
        "UPDATE \(table.rawValue) SET \(assignments) WHERE id = ?",
        stamped.map(\.1) + [.integer(id)])
      return (id, .updated)
    }
    let columns = ["plan_id", "external_ref"] + stamped.map(\.0)
    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    try database.run(
      "INSERT INTO \(table.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(marks))",
      [.integer(planID), .text(externalRef)] + stamped.map(\.1))
    return (database.lastInsertedID, .created)
  }

  /// Records an import in the change log and marks the plan changed.
  public func recordImport(planID: Int64, summary: String) throws {
    try log(planID: planID, summary)
    try touch(planID: planID)
  }
}

/// The tables that hold records matched by an outside system's id.
public enum ExternalTable: String, Sendable {
  case account, contact, opportunity, solution

  var hasUpdatedAt: Bool { self != .solution }
}
