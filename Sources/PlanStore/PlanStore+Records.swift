/// Creating or updating one record at a time from another system's table (`import csv`).
///
/// Each call is part of the caller's transaction, so a whole file is imported or nothing.
/// Names of other rows (an account, a manager, an objective) must match exactly, ignoring
/// case: data from a file is never matched by prefix or by id.
extension PlanStore {
  /// The row of `table` a record matches: the one with its outside id, else the one row
  /// with its exact name (ignoring case) and no outside id of its own; nil when none.
  /// Several rows with the name are an error.
  public func matchingRow(
    _ table: RecordTable, planID: Int64, externalRef: String?, name: String
  ) throws(StoreError) -> Int64? {
    if let externalRef, table != .action,
      let row = try database.row(
        "SELECT id FROM \(table.rawValue) WHERE plan_id = ? AND external_ref = ?",
        [.integer(planID), .text(externalRef)])
    {
      return row.int(0)
    }
    let unclaimed = table == .action || externalRef == nil ? "" : " AND external_ref IS NULL"
    return try exactRow(named: name, table: table.rawValue, planID: planID, filter: unclaimed)
  }

  /// Creates the account, or updates row `id` with the fields the record gives.
  public func saveAccount(_ record: AccountRecord, id: Int64?, planID: Int64) throws
    -> (id: Int64, outcome: UpsertOutcome)
  {
    try requireText(record.name, field: "account name")
    if let kind = record.kind { try requireOneOf(kind, Account.kinds, field: "account kind") }
    if let segment = record.segment {
      try requireOneOf(segment, Account.segments, field: "segment")
    }
    var fields: [(String, SQLValue)] = [("name", .text(record.name))]
    if let kind = record.kind { fields.append(("kind", .text(kind))) }
    if let segment = record.segment { fields.append(("segment", .text(segment))) }
    if let targeted = record.targeted { fields.append(("targeted", .flag(targeted))) }
    if let industry = record.industry { fields.append(("industry", .text(industry))) }
    if let ref = record.externalRef { fields.append(("external_ref", .text(ref))) }
    return try saveRow("account", planID: planID, id: id, fields: fields, stamp: "updated_at")
  }

  /// Creates the contact, or updates row `id` with the fields the record gives.
  public func saveContact(_ record: ContactRecord, id: Int64?, planID: Int64) throws
    -> (id: Int64, outcome: UpsertOutcome)
  {
    try requireText(record.name, field: "contact name")
    let checks: [(String?, [String], String)] = [
      (record.support, Contact.supportLevels, "support"),
      (record.political, Contact.politicalStatuses, "political status"),
      (record.coverage, Contact.coverageLevels, "coverage"),
      (record.kind, Contact.kinds, "kind"),
      (record.orientation, Contact.orientations, "decision orientation"),
    ]
    for (value, allowed, field) in checks {
      if let value { try requireOneOf(value, allowed, field: field) }
    }
    var fields: [(String, SQLValue)] = [("name", .text(record.name))]
    if let account = record.account {
      fields.append(
        (
          "account_id",
          .integer(
            try requireRow(
              account, table: "account",
              planID: planID))
        ))
    }
    let texts: [(String, String?)] = [
      ("title", record.title), ("email", record.email), ("phone", record.phone),
      ("support", record.support), ("political", record.political),
      ("coverage", record.coverage), ("kind", record.kind),
      ("orientation", record.orientation), ("external_ref", record.externalRef),
    ]
    for (column, value) in texts { if let value { fields.append((column, .text(value))) } }
    return try saveRow("contact", planID: planID, id: id, fields: fields, stamp: "updated_at")
  }

  /// Creates the action, or updates row `id` with the fields the record gives. An action
  /// that becomes done is stamped done now; one that reopens loses its stamp.
  public func saveAction(_ record: ActionRecord, id: Int64?, planID: Int64) throws
    -> (id: Int64, outcome: UpsertOutcome)
  {
    try requireText(record.name, field: "action name")
    if let dueOn = record.dueOn { try requireDate(dueOn, field: "due date") }
    if let status = record.status { try requireOneOf(status, Action.statuses, field: "status") }
    var fields: [(String, SQLValue)] = [("name", .text(record.name))]
    if let objective = record.objective {
      fields.append(
        (
          "objective_id",
          .integer(
            try requireRow(
              objective, table: "objective",
              planID: planID))
        ))
    }
    let texts: [(String, String?)] = [
      ("owner", record.owner), ("due_on", record.dueOn), ("status", record.status),
      ("area", record.area),
    ]
    for (column, value) in texts { if let value { fields.append((column, .text(value))) } }
    let saved = try saveRow("action", planID: planID, id: id, fields: fields, stamp: nil)
    try database.run(
      "UPDATE action SET done_at = CASE WHEN status = 'done' THEN COALESCE(done_at, ?) END "
        + "WHERE id = ?", [.text(timestamp), .integer(saved.id)])
    return saved
  }

  /// The id of the one row of `table` named exactly `name`; none is an error.
  func requireRow(_ name: String, table: String, planID: Int64) throws(StoreError) -> Int64 {
    guard let id = try exactRow(named: name, table: table, planID: planID) else {
      throw .notFound(kind: table, name: name)
    }
    return id
  }

  /// The id of the one row of `table` named exactly `name` (ignoring case), or nil.
  func exactRow(named name: String, table: String, planID: Int64, filter: String = "")
    throws(StoreError) -> Int64?
  {
    let rows = try database.rows(
      "SELECT id, name FROM \(table) WHERE plan_id = ? AND name = ? COLLATE NOCASE\(filter) "
        + "ORDER BY id LIMIT 20", [.integer(planID), .text(name)])
    if rows.count > 1 {
      throw .ambiguous(
        kind: table, name: name,
        matches: rows.map { "\($0.string(1)) (id \($0.int(0)))" })
    }
    return rows.first?.int(0)
  }

  /// Inserts a row, or updates row `id` when any field differs; `stamp` is the column
  /// that records when the row changed.
  private func saveRow(
    _ table: String, planID: Int64, id: Int64?, fields: [(String, SQLValue)], stamp: String?
  ) throws -> (id: Int64, outcome: UpsertOutcome) {
    let stamped = fields + (stamp.map { [($0, SQLValue.text(timestamp))] } ?? [])
    guard let id else {
      let insertStamp = table == "action" ? [("created_at", SQLValue.text(timestamp))] : []
      let columns = [("plan_id", SQLValue.integer(planID))] + stamped + insertStamp
      let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
      try database.run(
        "INSERT INTO \(table) (\(columns.map(\.0).joined(separator: ", "))) VALUES (\(marks))",
        columns.map(\.1))
      return (database.lastInsertedID, .created)
    }
    let current = try database.row(
      "SELECT \(fields.map(\.0).joined(separator: ", ")) FROM \(table) WHERE id = ?",
      [.integer(id)])
    if current?.values == fields.map(\.1) { return (id, .unchanged) }
    let assignments = stamped.map { "\($0.0) = ?" }.joined(separator: ", ")
    try database.run(
      "UPDATE \(table) SET \(assignments) WHERE id = ?", stamped.map(\.1) + [.integer(id)])
    return (id, .updated)
  }
}
