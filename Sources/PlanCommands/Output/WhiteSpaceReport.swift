import PlanStore

/// The white-space report: every empty cell of the opportunity map, targeted rows and
/// targeted solutions first. A large map has hundreds of thousands of empty cells, so the
/// report keeps only their places and makes each row as it is written.
struct WhiteSpaceReport {
  let accounts: [Account]
  let solutions: [Solution]
  /// The opportunity totals by solution, from the store.
  let totals: [OpportunityTotal]

  func listing() -> Listing {
    let accounts = self.accounts
    let solutions = self.solutions
    let places = emptyCells()
    return Listing(
      columns: [
        ListingColumn("account", "ACCOUNT"), ListingColumn("segment", "SEG"),
        ListingColumn("account_targeted", "TARGETED ROW"), ListingColumn("solution", "SOLUTION"),
        ListingColumn("family", "FAMILY"), ListingColumn("solution_targeted", "TARGETED SOLUTION"),
      ],
      rows: ListingRows(count: places.count) { index in
        let account = accounts[Int(places[index].account)]
        let solution = solutions[Int(places[index].solution)]
        return [
          .text(account.name), .optional(account.segment), .flag(account.targeted),
          .text(solution.name), .text(solution.family), .flag(solution.targeted),
        ]
      },
      emptyMessage: solutions.isEmpty
        ? "no solutions yet, so no map: add them with 'solution add NAME'"
        : "no white space: every cell has an opportunity")
  }

  /// The places (account and solution positions) of the empty cells: targeted rows with
  /// targeted solutions first, then targeted rows, then targeted solutions, then the rest,
  /// each group in account order, then solution order.
  private func emptyCells() -> [(account: Int32, solution: Int32)] {
    let filled = filledCells()
    var places: [(account: Int32, solution: Int32)] = []
    for score in [3, 2, 1, 0] {
      for (row, account) in accounts.enumerated() where (account.targeted ? 2 : 0) <= score {
        for (column, solution) in solutions.enumerated()
        where (account.targeted ? 2 : 0) + (solution.targeted ? 1 : 0) == score
          && !filled[row * solutions.count + column]
        {
          places.append((Int32(row), Int32(column)))
        }
      }
    }
    return places
  }

  /// Whether the cell at `row * solutions.count + column` holds an opportunity not lost.
  private func filledCells() -> [Bool] {
    var rowOf: [Int64: Int] = [:]
    for (row, account) in accounts.enumerated() { rowOf[account.id] = row }
    var columnOf: [MapColumn: Int] = [:]
    for (column, solution) in solutions.enumerated() { columnOf[.solution(solution.id)] = column }
    var filled = Array(repeating: false, count: accounts.count * solutions.count)
    for total in totals where total.status != "lost" {
      guard let row = total.accountID.flatMap({ rowOf[$0] }), let column = columnOf[total.column]
      else { continue }
      filled[row * solutions.count + column] = true
    }
    return filled
  }
}
