/// Finding things by the name or short id a person types.
extension PlanStore {
  /// The id of the one row of `table` in plan `planID` named (or numbered) `reference`.
  ///
  /// An all-digit reference is tried as an id first; then the exact name, ignoring case;
  /// then names that start with it. Several matches are an error that lists them.
  func resolve(
    _ reference: String, kind: String, table: String, planID: Int64
  ) throws(StoreError) -> Int64 {
    if let id = Int64(reference),
      let row = try database.row(
        "SELECT id FROM \(table) WHERE plan_id = ? AND id = ?", [.integer(planID), .integer(id)])
    {
      return row.int(0)
    }
    let exact = try database.rows(
      "SELECT id, name FROM \(table) WHERE plan_id = ? AND name = ? COLLATE NOCASE ORDER BY id",
      [.integer(planID), .text(reference)])
    if let only = try single(exact, kind: kind, reference: reference) { return only }

    let pattern = escapeLike(reference) + "%"
    let prefixed = try database.rows(
      "SELECT id, name FROM \(table) WHERE plan_id = ? AND name LIKE ? ESCAPE '\\' "
        + "ORDER BY id LIMIT 20",
      [.integer(planID), .text(pattern)])
    if let only = try single(prefixed, kind: kind, reference: reference) { return only }
    throw .notFound(kind: kind, name: reference)
  }

  private func single(_ rows: [Row], kind: String, reference: String) throws(StoreError)
    -> Int64?
  {
    if rows.count == 1 { return rows[0].int(0) }
    if rows.count > 1 {
      let matches = rows.map { "\($0.string(1)) (id \($0.int(0)))" }
      throw .ambiguous(kind: kind, name: reference, matches: matches)
    }
    return nil
  }

  func escapeLike(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  /// Names in `table` of plan `planID` starting with `prefix`, for completion.
  public func names(
    in table: NameTable, planID: Int64?, startingWith prefix: String
  ) throws(StoreError) -> [String] {
    let pattern = escapeLike(prefix) + "%"
    if table == .plan {
      return try database.rows(
        "SELECT name FROM plan WHERE name LIKE ? ESCAPE '\\' ORDER BY name LIMIT 200",
        [.text(pattern)]
      ).map { $0.string(0) }
    }
    guard let planID else { return [] }
    return try database.rows(
      "SELECT DISTINCT \(table.column) FROM \(table.table) WHERE plan_id = ? "
        + "AND \(table.column) LIKE ? ESCAPE '\\' AND \(table.column) <> '' "
        + "ORDER BY 1 LIMIT 200",
      [.integer(planID), .text(pattern)]
    ).map { $0.string(0) }
  }
}

/// The tables whose names tab completion offers.
public enum NameTable: Sendable {
  case plan, account, contact, solution, objective, opportunity, action
  /// The people actions are owned by.
  case owner

  var table: String { self == .owner ? "action" : "\(self)" }
  var column: String { self == .owner ? "owner" : "name" }
}
