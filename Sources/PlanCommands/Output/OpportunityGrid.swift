import PlanStore

/// Draws the opportunity map: a row per account, a column per solution, a cell holding
/// the potential (P), open (O) and won (W) value; a dot marks white space.
///
/// The cells come from the store's totals (one per row, column and status), never from
/// the opportunities themselves. On a terminal too narrow for a column per solution, the
/// columns become solution families, with shorter amounts and narrower cells if need be.
struct OpportunityGrid {
  let store: PlanStore
  let planID: Int64

  /// The map, fitted to a terminal `width` columns wide (any width when nil).
  func render(width: Int?) throws -> CommandOutput {
    let accounts = try store.accounts(planID: planID)
    if accounts.isEmpty { return .text("the opportunity map is empty: add accounts first") }
    let rows = Self.orderedRows(accounts)
    let solutions = try store.solutions(planID: planID).filter(\.active)
    let families = Self.familyColumns(solutions)
    if let width, families.count < solutions.count,
      Layout.narrowest(rows, Self.solutionColumns(solutions)) > width
    {
      return try familyMap(rows, families, solutions: solutions.count, width: width)
    }

    let bySolution = MapCells(
      rows: rows, columns: Self.solutionColumns(solutions),
      totals: try store.opportunityTotals(planID: planID))
    if bySolution.columns.isEmpty {
      return .text("the opportunity map has no columns: add solutions first")
    }
    let layout = Layout(bySolution, amounts: .full)
    guard let width, layout.width > width else { return .lines(layout.lines()) }
    if families.count < solutions.count {
      return try familyMap(rows, families, solutions: solutions.count, width: width)
    }
    return .lines(Self.fitted(bySolution, width: width).lines())
  }

  /// The map with a column per solution family, fitted to `width`.
  private func familyMap(
    _ rows: [(account: Account, depth: Int)], _ families: [(MapColumn, String)],
    solutions: Int, width: Int
  ) throws -> CommandOutput {
    let byFamily = MapCells(
      rows: rows, columns: families,
      totals: try store.opportunityTotals(planID: planID, by: .families))
    var layout = Self.fitted(byFamily, width: width)
    layout.note =
      "columns are the \(families.count) solution families: "
      + "\(solutions) solutions do not fit \(width) columns"
    return .lines(layout.lines())
  }

  /// A layout of `cells` no wider than `width`: amounts shortened as far as needed, then
  /// the widest columns narrowed.
  private static func fitted(_ cells: MapCells, width: Int) -> Layout {
    var layout = Layout(cells, amounts: .full)
    for amounts in Amounts.allCases.dropFirst() where layout.width > width {
      layout = Layout(cells, amounts: amounts)
    }
    layout.fit(width)
    return layout
  }

  /// Account rows, each parent followed by its divisions and roll-ups, three levels deep.
  private static func orderedRows(_ accounts: [Account]) -> [(account: Account, depth: Int)] {
    var children: [Int64?: [Account]] = [:]
    for account in accounts { children[account.parentID, default: []].append(account) }
    var result: [(Account, Int)] = []
    func visit(_ parentID: Int64?, depth: Int) {
      for account in children[parentID] ?? [] {
        result.append((account, depth))
        if depth < 3 { visit(account.id, depth: depth + 1) }
      }
    }
    visit(nil, depth: 0)
    return result
  }

  private static func solutionColumns(_ solutions: [Solution]) -> [(MapColumn, String)] {
    solutions.map { (.solution($0.id), $0.name) }
  }

  /// One column per family, in the order of the solutions (by family).
  private static func familyColumns(_ solutions: [Solution]) -> [(MapColumn, String)] {
    var seen: Set<String> = []
    return solutions.compactMap { solution in
      guard seen.insert(solution.family).inserted else { return nil }
      return (.family(solution.family), solution.family.isEmpty ? "(no family)" : solution.family)
    }
  }
}
