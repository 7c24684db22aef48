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
    var totals = MapTotals(families: columns == .families ? try families(planID: planID) : nil)
    // SQLite sums in the order of the plan index, without sorting; a GROUP BY family
    // would sort every opportunity, so families are summed from these sums as they come.
    try database.forEachRow(
      """
      SELECT account_id, solution_id, status, COUNT(*), SUM(amount_minor) FROM opportunity
      WHERE plan_id = ? GROUP BY account_id, solution_id, status
      """, [.integer(planID)]
    ) { row in
      totals.add(
        OpportunityTotal(
          accountID: row.integer(0),
          column: row.integer(1).map(MapColumn.solution) ?? .noSolution,
          status: row.string(2), count: Int(row.int(3)), amountMinor: row.int(4)))
    }
    return totals.all
  }

  /// The family of each active solution of the plan, by solution id.
  private func families(planID: Int64) throws(StoreError) -> [Int64: String] {
    var families: [Int64: String] = [:]
    for solution in try solutions(planID: planID) where solution.active {
      families[solution.id] = solution.family
    }
    return families
  }
}

/// Totals by solution as they are read, kept as they are or summed by family.
private struct MapTotals {
  /// A solution's family, by solution id; nil to keep a column per solution.
  let families: [Int64: String]?
  private(set) var all: [OpportunityTotal] = []
  /// Where the total of each account row, family and status is in `all`.
  private var places: [Cell: Int] = [:]

  private struct Cell: Hashable {
    let accountID: Int64?
    let column: MapColumn
    let status: String
  }

  init(families: [Int64: String]?) { self.families = families }

  mutating func add(_ total: OpportunityTotal) {
    guard let families else { return all.append(total) }
    var column = total.column
    if case .solution(let id) = total.column {
      guard let family = families[id] else { return }
      column = .family(family)
    }
    let cell = Cell(accountID: total.accountID, column: column, status: total.status)
    let sum = places[cell].map { all[$0] }
    let summed = OpportunityTotal(
      accountID: total.accountID, column: column, status: total.status,
      count: total.count + (sum?.count ?? 0),
      amountMinor: total.amountMinor &+ (sum?.amountMinor ?? 0))
    if let place = places[cell] {
      all[place] = summed
    } else {
      places[cell] = all.count
      all.append(summed)
    }
  }
}
