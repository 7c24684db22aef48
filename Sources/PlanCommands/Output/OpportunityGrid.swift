import PlanStore

/// Draws the opportunity map: a row per account, a column per solution, a cell holding
/// the potential (P), open (O) and won (W) value; a dot marks white space.
struct OpportunityGrid {
  let accounts: [Account]
  let solutions: [Solution]
  let opportunities: [Opportunity]

  func render(width: Int?) -> String {
    if accounts.isEmpty { return "the opportunity map is empty: add accounts first" }
    let columns: [(id: Int64?, title: String)] =
      solutions.map { ($0.id, $0.name) }
      + (opportunities.contains { $0.solutionID == nil } ? [(nil, "(no solution)")] : [])
    if columns.isEmpty { return "the opportunity map has no columns: add solutions first" }

    let rowTitles = orderedRows().map { row in
      String(repeating: "  ", count: row.depth) + row.account.name
        + (row.account.targeted ? " *" : "")
    }
    var table: [[String]] = []
    var whiteSpace = 0
    for row in orderedRows() {
      table.append(columns.map { column in
        let cell = opportunities.filter {
          $0.accountID == row.account.id && $0.solutionID == column.id && $0.status != "lost"
        }
        if cell.isEmpty { whiteSpace += 1 }
        return describe(cell)
      })
    }
    let nameWidth = min(32, max(7, rowTitles.map(DisplayWidth.of).max() ?? 7))
    let cellWidths = columns.indices.map { index in
      min(24, max(DisplayWidth.of(columns[index].title), table.map { DisplayWidth.of($0[index]) }
        .max() ?? 1))
    }
    var lines = [line(["ACCOUNT"] + columns.map(\.title), [nameWidth] + cellWidths)]
    for (title, cells) in zip(rowTitles, table) {
      lines.append(line([title] + cells, [nameWidth] + cellWidths))
    }
    lines.append("")
    lines.append("P potential, O open, W won; · white space (\(whiteSpace) empty cells); "
      + "* targeted")
    return lines.joined(separator: "\n")
  }

  private func describe(_ cell: [Opportunity]) -> String {
    if cell.isEmpty { return "·" }
    var parts: [String] = []
    for (status, letter) in [("potential", "P"), ("open", "O"), ("won", "W")] {
      let total = cell.filter { $0.status == status }.reduce(Int64(0)) { $0 + $1.amountMinor }
      if cell.contains(where: { $0.status == status }) {
        parts.append(letter + " " + Money.format(total))
      }
    }
    return parts.joined(separator: " ")
  }

  private func orderedRows() -> [(account: Account, depth: Int)] {
    var result: [(Account, Int)] = []
    func visit(_ parentID: Int64?, depth: Int) {
      for account in accounts where account.parentID == parentID {
        result.append((account, depth))
        if depth < 3 { visit(account.id, depth: depth + 1) }
      }
    }
    visit(nil, depth: 0)
    return result
  }

  private func line(_ cells: [String], _ widths: [Int]) -> String {
    zip(cells, widths).map { cell, width in
      let text = DisplayWidth.truncate(TerminalText.neutralized(cell), to: width)
      return text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }.joined(separator: "  ").trailingSpacesRemoved
  }
}
