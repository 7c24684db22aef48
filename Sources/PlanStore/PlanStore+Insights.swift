/// Confirming insight cards and linking them into the customer's story.
extension PlanStore {
  /// Marks a card confirmed by someone on `on` (default today), or done.
  public func validateInsight(planID: Int64, id: Int64, status: String, by: String = "")
    throws
  {
    try requireOneOf(status, Insight.statuses, field: "insight status")
    if status == "confirmed" { try requireText(by, field: "confirmed by") }
    try transaction {
      try database.run(
        """
        UPDATE insight SET status = ?, confirmed_by = CASE WHEN ? = 'confirmed' THEN ?
          ELSE confirmed_by END, confirmed_on = CASE WHEN ? = 'confirmed' THEN ?
          ELSE confirmed_on END, updated_at = ? WHERE plan_id = ? AND id = ?
        """,
        [
          .text(status), .text(status), .text(by), .text(status), .text(today), .text(timestamp),
          .integer(planID), .integer(id),
        ])
      if database.changes != 1 { throw StoreError.notFound(kind: "insight", name: String(id)) }
      try log(planID: planID, "insight \(id) \(status)")
      try touch(planID: planID)
    }
  }

  /// Links card `from` to card `to` (a pressure drives an initiative, say).
  public func linkInsights(planID: Int64, from: Int64, to: Int64) throws {
    try transaction {
      let found =
        try database.row(
          "SELECT COUNT(*) FROM insight WHERE plan_id = ? AND id IN (?, ?)",
          [.integer(planID), .integer(from), .integer(to)])?.int(0) ?? 0
      guard found == 2, from != to else {
        throw StoreError.invalid(
          field: "link", value: "\(from) to \(to)",
          reason: "a link joins two different cards of this plan")
      }
      try database.run(
        "INSERT OR IGNORE INTO insight_link (from_id, to_id) VALUES (?, ?)",
        [.integer(from), .integer(to)])
      try touch(planID: planID)
    }
  }

  /// The ids each card links to.
  public func insightLinks(planID: Int64) throws(StoreError) -> [Int64: [Int64]] {
    var links: [Int64: [Int64]] = [:]
    for row in try database.rows(
      "SELECT l.from_id, l.to_id FROM insight_link l JOIN insight i ON i.id = l.from_id "
        + "WHERE i.plan_id = ? ORDER BY l.from_id, l.to_id", [.integer(planID)])
    {
      links[row.int(0), default: []].append(row.int(1))
    }
    return links
  }
}
