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

  func render(width: Int?) throws -> String {
    let accounts = try store.accounts(planID: planID)
    if accounts.isEmpty { return "the opportunity map is empty: add accounts first" }
    let rows = Self.orderedRows(accounts)
    let solutions = try store.solutions(planID: planID)
    let bySolution = MapCells(
      rows: rows, columns: Self.solutionColumns(solutions),
      totals: try store.opportunityTotals(planID: planID))
    if bySolution.columns.isEmpty {
      return "the opportunity map has no columns: add solutions first"
    }
    var layout = Layout(bySolution, amounts: .full)
    guard let width, layout.width > width else { return layout.text() }

    let families = Self.familyColumns(solutions)
    if families.count < solutions.count {
      let byFamily = MapCells(
        rows: rows, columns: families,
        totals: try store.opportunityTotals(planID: planID, by: .families))
      layout = Layout(byFamily, amounts: .full)
      if layout.width > width { layout = Layout(byFamily, amounts: .compact) }
      layout.note = "columns are the \(families.count) solution families: "
        + "\(solutions.count) solutions do not fit \(width) columns"
    } else {
      layout = Layout(bySolution, amounts: .compact)
    }
    layout.fit(width)
    return layout.text()
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

/// How a layout writes its cells' amounts: `P 1,250,000`, or `P1.3m` where room is short.
private enum Amounts {
  case full, compact
}

/// The map's filled cells, indexed by row and column: what each one holds by status.
private struct MapCells {
  /// The potential, open and won value of one cell; nil where it has none of a status.
  struct Cell {
    var column: Int
    var values: [Int64?] = [nil, nil, nil]
  }

  static let statuses = ["potential", "open", "won"]
  static let letters = ["P", "O", "W"]

  let rows: [(account: Account, depth: Int)]
  let columns: [(key: MapColumn, title: String)]
  private(set) var cells: [Cell] = []
  /// For row `r` and column `c`, the index in `cells` at `r * columns.count + c`, or -1.
  private var index: [Int32]

  init(
    rows: [(account: Account, depth: Int)], columns: [(MapColumn, String)],
    totals: [OpportunityTotal]
  ) {
    let withoutSolution = totals.contains { $0.column == .noSolution }
    self.rows = rows
    self.columns = columns.map { (key: $0.0, title: $0.1) }
      + (withoutSolution ? [(key: MapColumn.noSolution, title: "(no solution)")] : [])
    index = Array(repeating: -1, count: rows.count * self.columns.count)
    fill(totals)
  }

  private mutating func fill(_ totals: [OpportunityTotal]) {
    var rowOf: [Int64: Int] = [:]
    for (number, row) in rows.enumerated() { rowOf[row.account.id] = number }
    var columnOf: [MapColumn: Int] = [:]
    for (number, column) in columns.enumerated() { columnOf[column.key] = number }
    for total in totals {
      guard let status = Self.statuses.firstIndex(of: total.status),
        let row = total.accountID.flatMap({ rowOf[$0] }), let column = columnOf[total.column]
      else { continue }
      let slot = row * columns.count + column
      if index[slot] < 0 {
        index[slot] = Int32(cells.count)
        cells.append(Cell(column: column))
      }
      cells[Int(index[slot])].values[status] = total.amountMinor
    }
  }

  /// The cell at `row` and `column`, or nil for white space.
  func cell(row: Int, column: Int) -> Cell? {
    let slot = index[row * columns.count + column]
    return slot < 0 ? nil : cells[Int(slot)]
  }

  /// What a cell shows: each status it holds, with its letter and value.
  static func describe(_ cell: Cell, compact: Bool) -> String {
    var parts: [String] = []
    for (letter, value) in zip(letters, cell.values) {
      guard let value else { continue }
      parts.append(compact ? letter + Money.compact(value) : letter + " " + Money.format(value))
    }
    return parts.joined(separator: " ")
  }
}

/// Column widths and the text of a map drawn from its cells.
private struct Layout {
  static let whiteSpace = "·"

  let cells: MapCells
  let compact: Bool
  /// The account column's width first, then each map column's.
  var widths: [Int]
  /// A line under the legend saying how the map was made to fit, if it was.
  var note: String?

  init(_ cells: MapCells, amounts: Amounts) {
    self.cells = cells
    compact = amounts == .compact
    let names = cells.rows.map { DisplayWidth.of(Self.title(of: $0)) }
    var widths = cells.columns.map { max(1, DisplayWidth.of($0.title)) }
    for cell in cells.cells {
      let width = DisplayWidth.of(MapCells.describe(cell, compact: compact))
      widths[cell.column] = max(widths[cell.column], width)
    }
    self.widths = [min(32, max(7, names.max() ?? 7))] + widths.map { min(24, $0) }
  }

  /// Columns the map takes, with two spaces between columns.
  var width: Int { widths.reduce(0, +) + 2 * (widths.count - 1) }

  /// Narrows the widest columns, one column at a time, until the map fits `available`.
  mutating func fit(_ available: Int) {
    while width > available {
      guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
        widths[widest] > 6
      else { return }
      widths[widest] -= 1
    }
  }

  func text() -> String {
    var text = line(["ACCOUNT"] + cells.columns.map(\.title)) + "\n"
    var whiteSpace = 0
    for (number, row) in cells.rows.enumerated() {
      var line: [String] = [Self.title(of: row)]
      for column in cells.columns.indices {
        guard let cell = cells.cell(row: number, column: column) else {
          whiteSpace += 1
          line.append(Self.whiteSpace)
          continue
        }
        line.append(MapCells.describe(cell, compact: compact))
      }
      text += self.line(line) + "\n"
    }
    text += "\nP potential, O open, W won; · white space (\(whiteSpace) empty cells); * targeted"
    if let note { text += "\n" + note }
    return text
  }

  private static func title(of row: (account: Account, depth: Int)) -> String {
    String(repeating: "  ", count: row.depth) + row.account.name
      + (row.account.targeted ? " *" : "")
  }

  private func line(_ cells: [String]) -> String {
    var line = ""
    for (index, cell) in cells.enumerated() {
      if index > 0 { line += "  " }
      let text = DisplayWidth.truncate(TerminalText.neutralized(cell), to: widths[index])
      line += text
      line += String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
    }
    return line.trailingSpacesRemoved
  }
}
