import PlanStore

/// How a layout writes a cell's amounts, shorter as room runs out: each in full
/// (`P 1,250,000 O 80,000`), each short (`P1.3m O80k`), or the statuses and their total
/// (`PO 1.3m`).
enum Amounts: CaseIterable {
  case full, compact, total
}

/// The opportunity map's filled cells, found by row and column: each one's value by status.
struct MapCells {
  /// The potential, open and won value of one cell; nil where it has none of a status.
  struct Cell {
    var column: Int
    var potential: Int64?
    var open: Int64?
    var won: Int64?

    /// What the cell shows: each status it holds, with its letter and value.
    func text(_ amounts: Amounts) -> String {
      var text = ""
      var total: Int64 = 0
      func add(_ letter: String, _ value: Int64?) {
        guard let value else { return }
        total &+= value
        let separator = text.isEmpty || amounts == .total ? "" : " "
        switch amounts {
        case .full: text += separator + letter + " " + Money.format(value)
        case .compact: text += separator + letter + Money.compact(value)
        case .total: text += letter
        }
      }
      add("P", potential)
      add("O", open)
      add("W", won)
      return amounts == .total ? text + " " + Money.compact(total) : text
    }
  }

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
    self.columns =
      columns.map { (key: $0.0, title: $0.1) }
      + (withoutSolution ? [(key: MapColumn.noSolution, title: "(no solution)")] : [])
    index = Array(repeating: -1, count: rows.count * self.columns.count)
    fill(totals)
  }

  private mutating func fill(_ totals: [OpportunityTotal]) {
    var rowOf: [Int64: Int] = [:]
    for (number, row) in rows.enumerated() { rowOf[row.account.id] = number }
    var columnOf: [MapColumn: Int] = [:]
    for (number, column) in columns.enumerated() { columnOf[column.key] = number }
    for total in totals where total.status != "lost" {
      guard let row = total.accountID.flatMap({ rowOf[$0] }), let column = columnOf[total.column]
      else { continue }
      let slot = row * columns.count + column
      if index[slot] < 0 {
        index[slot] = Int32(cells.count)
        cells.append(Cell(column: column))
      }
      switch total.status {
      case "potential": cells[Int(index[slot])].potential = total.amountMinor
      case "open": cells[Int(index[slot])].open = total.amountMinor
      default: cells[Int(index[slot])].won = total.amountMinor
      }
    }
  }

  /// The cell at `row` and `column`, or nil for white space.
  func cell(row: Int, column: Int) -> Cell? {
    let slot = index[row * columns.count + column]
    return slot < 0 ? nil : cells[Int(slot)]
  }
}

/// Column widths for a map's cells, and its lines, each made when it is written.
struct Layout {
  static let whiteSpace = "·"

  let cells: MapCells
  let amounts: Amounts
  /// The account column's width first, then each map column's.
  var widths: [Int]
  /// A line under the legend saying how the map was made to fit, if it was.
  var note: String?

  init(_ cells: MapCells, amounts: Amounts) {
    self.cells = cells
    self.amounts = amounts
    let names = cells.rows.map { DisplayWidth.of(Self.title(of: $0)) }
    var widths = cells.columns.map { max(1, DisplayWidth.of($0.title)) }
    for cell in cells.cells {
      widths[cell.column] = max(widths[cell.column], DisplayWidth.of(cell.text(amounts)))
    }
    self.widths = [min(32, max(7, names.max() ?? 7))] + widths.map { min(24, $0) }
  }

  /// The fewest columns a map of `columns` could take: each as wide as its title.
  static func narrowest(
    _ rows: [(account: Account, depth: Int)], _ columns: [(MapColumn, String)]
  ) -> Int {
    let names = rows.map { DisplayWidth.of(title(of: $0)) }.max() ?? 7
    let widths = columns.map { min(24, max(1, DisplayWidth.of($0.1))) }
    return min(32, max(7, names)) + widths.reduce(0, +) + 2 * widths.count
  }

  /// Columns the map takes, with two spaces between columns.
  var width: Int { widths.reduce(0, +) + 2 * (widths.count - 1) }

  /// Narrows the widest map columns, one at a time, to six at the least, until the map
  /// fits `available`; then, if it must, the account column, to seven at the least.
  mutating func fit(_ available: Int) {
    while width > available {
      let cells = widths.indices.dropFirst()
      if let widest = cells.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
        widths[widest] -= 1
      } else if widths[0] > 7 {
        widths[0] -= 1
      } else {
        return
      }
    }
  }

  /// The heading, a line per row, then the legend (and the note).
  func lines() -> OutputLines {
    let rows = cells.rows.count
    let whiteSpace = rows * cells.columns.count - cells.cells.count
    let letters = amounts == .total ? " (a cell: those it holds, then their total)" : ""
    let legend =
      "P potential, O open, W won\(letters); · white space (\(whiteSpace) empty cells); "
      + "* targeted"
    let tail = ["", legend] + (note.map { [$0] } ?? [])
    let layout = self
    let whiteSpaces = cells.columns.indices.map { layout.cell(Self.whiteSpace, column: $0 + 1) }
    return OutputLines(count: 1 + rows + tail.count) { (index: Int) -> [UInt8] in
      if index == 0 { return layout.heading() }
      if index <= rows { return layout.line(row: index - 1, whiteSpaces: whiteSpaces) }
      return Array(tail[index - 1 - rows].utf8)
    }
  }

  private func heading() -> [UInt8] {
    var line: [UInt8] = []
    append("ACCOUNT", to: &line, column: 0)
    for (column, title) in cells.columns.enumerated() {
      append(TerminalText.neutralized(title.title), to: &line, column: column + 1)
    }
    return Self.text(line)
  }

  /// Row `row`'s line; `whiteSpaces` holds each map column's empty cell, made once.
  private func line(row: Int, whiteSpaces: [[UInt8]]) -> [UInt8] {
    var line: [UInt8] = []
    line.reserveCapacity(width + 16)
    append(TerminalText.neutralized(Self.title(of: cells.rows[row])), to: &line, column: 0)
    for column in cells.columns.indices {
      if let cell = cells.cell(row: row, column: column) {
        append(cell.text(amounts), to: &line, column: column + 1)
      } else {
        line.append(contentsOf: whiteSpaces[column])
      }
    }
    return Self.text(line)
  }

  /// `text` as column `column` of a line, after the space between columns.
  private func cell(_ text: String, column: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    append(text, to: &bytes, column: column)
    return bytes
  }

  /// Adds `text` to `line` as column `column`, cut or padded to its width.
  private func append(_ text: String, to line: inout [UInt8], column: Int) {
    let space = UInt8(ascii: " ")
    if column > 0 { line.append(contentsOf: [space, space]) }
    var cut = text
    var width = DisplayWidth.of(text)
    if width > widths[column] {
      cut = DisplayWidth.truncate(text, to: widths[column])
      width = DisplayWidth.of(cut)
    }
    line.append(contentsOf: cut.utf8)
    if widths[column] > width {
      line.append(contentsOf: repeatElement(space, count: widths[column] - width))
    }
  }

  /// A line's text, without the spaces it ends with.
  /// The line without the spaces that pad its last column.
  private static func text(_ line: [UInt8]) -> [UInt8] {
    var line = line
    while line.last == UInt8(ascii: " ") { line.removeLast() }
    return line
  }

  static func title(of row: (account: Account, depth: Int)) -> String {
    String(repeating: "  ", count: row.depth) + row.account.name
      + (row.account.targeted ? " *" : "")
  }
}
