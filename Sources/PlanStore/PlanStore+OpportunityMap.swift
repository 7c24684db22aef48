/// The opportunity map's cells, summed by SQLite: a large plan has tens of thousands of
/// opportunities, but a map needs only one total per row, column and status.
extension PlanStore {
  /// How the map's columns are cut: one per solution, or one per solution family.
  public enum MapColumns: Sendable {
    case solutions, families
  }

  /// The totals of the plan's opportunities per account row (nil for none), column and
  /// status. Lost ones are counted too: a map leaves them out of its cells, but an
  /// opportunity of any kind without a solution still gives it a "no solution" column.
  /// By families, the opportunities of retired solutions are left out, as their columns
  /// are from a map by solutions.
  public func opportunityTotals(planID: Int64, by columns: MapColumns = .solutions)
    throws(StoreError) -> [OpportunityTotal]
  {
    switch columns {
    case .solutions:
      return try database.rows(
        """
        SELECT account_id, solution_id, status, COUNT(*), SUM(amount_minor) FROM opportunity
        WHERE plan_id = ? GROUP BY account_id, solution_id, status
        """, [.integer(planID)]
      ) { row in
        total(row, column: row.integer(1).map(MapColumn.solution) ?? .noSolution)
      }
    case .families:
      return try database.rows(
        """
        SELECT o.account_id, s.family, o.status, COUNT(*), SUM(o.amount_minor)
        FROM opportunity o LEFT JOIN solution s ON s.id = o.solution_id
        WHERE o.plan_id = ? AND (s.id IS NULL OR s.active = 1)
        GROUP BY o.account_id, s.family, o.status
        """, [.integer(planID)]
      ) { row in
        total(row, column: row.text(1).map(MapColumn.family) ?? .noSolution)
      }
    }
  }

  private func total(_ row: Row, column: MapColumn) -> OpportunityTotal {
    OpportunityTotal(
      accountID: row.integer(0), column: column, status: row.string(2), count: Int(row.int(3)),
      amountMinor: row.int(4))
  }
}
