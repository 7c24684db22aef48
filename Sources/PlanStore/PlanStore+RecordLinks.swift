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

  /// The first of rows `ids` whose parent (accounts) or manager (contacts) chain comes
  /// back to it, or nil when none lies on a loop. Each row is read once, however many of
  /// the chains pass through it.
  public func firstInLoop(_ table: ExternalTable, among ids: [Int64]) throws(StoreError)
    -> Int64?
  {
    let column = table == .account ? "parent_id" : "reports_to_id"
    var settled: Set<Int64> = []
    var onLoop: Set<Int64> = []
    for start in ids where !settled.contains(start) {
      var path: [Int64] = []
      var onPath: Set<Int64> = []
      var next: Int64? = start
      while let current = next, !settled.contains(current) {
        if !onPath.insert(current).inserted {
          onLoop.formUnion(path[path.firstIndex(of: current)!...])
          break
        }
        path.append(current)
        next = try database.row(
          "SELECT \(column) FROM \(table.rawValue) WHERE id = ?", [.integer(current)])?
          .integer(0)
      }
      settled.formUnion(path)
    }
    return ids.first { onLoop.contains($0) }
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
