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
    // SQLite sums in the order of the plan index, without sorting; a GROUP BY family
    // would sort every opportunity, so families are summed from these sums instead.
    let bySolution = try database.rows(
      """
      SELECT account_id, solution_id, status, COUNT(*), SUM(amount_minor) FROM opportunity
      WHERE plan_id = ? GROUP BY account_id, solution_id, status
      """, [.integer(planID)]
    ) { row in
      OpportunityTotal(
        accountID: row.integer(0), column: row.integer(1).map(MapColumn.solution) ?? .noSolution,
        status: row.string(2), count: Int(row.int(3)), amountMinor: row.int(4))
    }
    if columns == .solutions { return bySolution }
    return try familyTotals(bySolution, planID: planID)
  }

  /// `totals` by solution summed by the family of each active solution.
  private func familyTotals(_ totals: [OpportunityTotal], planID: Int64) throws(StoreError)
    -> [OpportunityTotal]
  {
    var family: [Int64: String] = [:]
    for solution in try solutions(planID: planID) where solution.active {
      family[solution.id] = solution.family
    }
    var sums: [OpportunityTotal] = []
    var place: [FamilyCell: Int] = [:]
    for total in totals {
      let column: MapColumn
      switch total.column {
      case .solution(let id):
        guard let name = family[id] else { continue }
        column = .family(name)
      default:
        column = total.column
      }
      let cell = FamilyCell(accountID: total.accountID, column: column, status: total.status)
      guard let index = place[cell] else {
        place[cell] = sums.count
        sums.append(
          OpportunityTotal(
            accountID: total.accountID, column: column, status: total.status,
            count: total.count, amountMinor: total.amountMinor))
        continue
      }
      let sum = sums[index]
      sums[index] = OpportunityTotal(
        accountID: sum.accountID, column: column, status: sum.status,
        count: sum.count + total.count, amountMinor: sum.amountMinor &+ total.amountMinor)
    }
    return sums
  }

  /// A cell of the map by families, for status `status`.
  private struct FamilyCell: Hashable {
    let accountID: Int64?
    let column: MapColumn
    let status: String
  }
}
