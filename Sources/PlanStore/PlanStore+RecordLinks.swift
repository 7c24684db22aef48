/// Linking records from another system's table once all of them exist: an account to its
/// parent, a contact to their manager. Part of the caller's transaction.
extension PlanStore {
  /// Makes account `id` a division of the account named exactly `parent`; returns whether
  /// that changed anything.
  public func setAccountParent(id: Int64, parent: String, planID: Int64) throws -> Bool {
    let parentID = try requireRow(parent, table: "account", planID: planID)
    let above = try chain(from: parentID, table: "account", column: "parent_id")
    if above.contains(id) {
      throw StoreError.invalid(field: "parent", value: parent, reason: "that would make a loop")
    }
    let below =
      try database.row(
        """
        WITH RECURSIVE below(id, level) AS (SELECT ?, 0 UNION ALL
          SELECT a.id, below.level + 1 FROM account a JOIN below ON a.parent_id = below.id
          WHERE below.level < 10)
        SELECT MAX(level) FROM below
        """, [.integer(id)])?.int(0) ?? 0
    if above.count + 1 + Int(below) > 3 {
      throw StoreError.invalid(
        field: "parent", value: parent,
        reason: "account structures nest at most three levels deep")
    }
    return try link(id, to: parentID, table: "account", column: "parent_id")
  }

  /// Makes contact `id` report to the contact named exactly `manager`; returns whether
  /// that changed anything.
  public func setContactManager(id: Int64, manager: String, planID: Int64) throws -> Bool {
    let managerID = try requireRow(manager, table: "contact", planID: planID)
    if try chain(from: managerID, table: "contact", column: "reports_to_id").contains(id) {
      throw StoreError.invalid(
        field: "reports to", value: manager,
        reason: "that would make a reporting loop")
    }
    return try link(id, to: managerID, table: "contact", column: "reports_to_id")
  }

  /// Whether following row `id`'s parent (accounts) or manager (contacts) leads back to it.
  public func linksInLoop(_ table: ExternalTable, id: Int64) throws(StoreError) -> Bool {
    let column = table == .account ? "parent_id" : "reports_to_id"
    let chain = try chain(from: id, table: table.rawValue, column: column)
    guard let top = chain.last else { return false }
    let above = try database.row(
      "SELECT \(column) FROM \(table.rawValue) WHERE id = ?", [.integer(top)])?.integer(0)
    guard let above else { return false }
    return chain.contains(above)
  }

  private func link(_ id: Int64, to target: Int64, table: String, column: String) throws
    -> Bool
  {
    let current = try database.row(
      "SELECT \(column) FROM \(table) WHERE id = ?", [.integer(id)])?.integer(0)
    if current == target { return false }
    try database.run(
      "UPDATE \(table) SET \(column) = ?, updated_at = ? WHERE id = ?",
      [.integer(target), .text(timestamp), .integer(id)])
    return true
  }

  /// Row `id` and every row above it, following `column`, stopping at a loop.
  private func chain(from id: Int64, table: String, column: String) throws(StoreError)
    -> [Int64]
  {
    var chain: [Int64] = []
    var next: Int64? = id
    while let current = next, !chain.contains(current) {
      chain.append(current)
      next = try database.row(
        "SELECT \(column) FROM \(table) WHERE id = ?", [.integer(current)])?.integer(0)
    }
    return chain
  }
}
