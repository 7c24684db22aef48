import PlanStore

/// Drawing the opportunity map as SVG.
extension OpportunityPicture {
  /// Potential, open and won: letter, colour and the tint of a cell whose best is this.
  static let statuses: [(letter: String, name: String, colour: String, tint: String)] = [
    ("P", "potential", "#b7791f", "#fff8e1"), ("O", "open", "#1c64f2", "#e8f0fe"),
    ("W", "won", "#1a7f37", "#e3f4e8"),
  ]
  static let target = "#e8590c"
  static let star = "#e0a100"
  static let line = "#d9dee3"

  /// The picture as an SVG document.
  func svg() -> String {
    var canvas = SVGCanvas()
    let (width, gridBottom) = size
    let legend = legendEntries()
    let height = gridBottom + legend.height(width: width - 2 * Self.margin) + 16
    canvas.text(
      PictureText.fit(
        "Opportunity map: " + snapshot.plan.name, width: width - 64,
        size: 20), x: Self.margin, y: 36, size: 20, style: [("font-weight", "bold")])
    for (offset, line) in summaryLines().enumerated() {
      canvas.text(
        PictureText.fit(line, width: width - 64, size: 12), x: Self.margin,
        y: 58 + Double(offset) * 16, size: 12, colour: "#52606d")
    }
    if rows.isEmpty || columns.isEmpty {
      let reason = rows.isEmpty ? "no accounts yet" : "no solutions yet"
      canvas.text(
        "The map is empty: \(reason).", x: Self.margin, y: Self.header + 24, size: 14,
        colour: "#52606d")
    } else {
      drawHeadings(on: &canvas)
      for (number, row) in rows.enumerated() { drawRow(number, row, on: &canvas) }
      drawTotals(on: &canvas)
    }
    legend.draw(on: &canvas, x: Self.margin, y: gridBottom, width: width - 2 * Self.margin)
    return canvas.document(
      width: width, height: height,
      title: "Opportunity map: \(snapshot.plan.name)",
      summary: summaryLines().joined(separator: "; "))
  }

  private var gridTop: Double { Self.header + Self.heading.family + Self.heading.solution }

  private func columnX(_ index: Int) -> Double {
    Self.margin + Self.rowHeader + Double(index) * Self.cell.width
  }

  /// What the map shows: its size and white space, then the value by status.
  private func summaryLines() -> [String] {
    var total = Sums()
    var empty = 0
    var targeted = 0
    for row in rows {
      for column in columns {
        let cell = sums(row.account, column)
        total.add(cell)
        if cell.isEmpty {
          empty += 1
          if targeting(row.account, column) == 2 { targeted += 1 }
        }
      }
    }
    let solutions = columns.count == 1 ? "1 solution" : "\(columns.count) solutions"
    let rowCount = rows.count == 1 ? "1 row" : "\(rows.count) rows"
    return [
      "\(rowCount) × \(solutions): \(empty) white-space cells, \(targeted) of them in a "
        + "targeted row and solution",
      "potential \(PictureText.money(total.potential)), open \(PictureText.money(total.open)), "
        + "won \(PictureText.money(total.won)) \(snapshot.plan.currency)",
    ]
  }

  private func drawHeadings(on canvas: inout SVGCanvas) {
    var index = 0
    for family in families {
      let frame = Frame(
        x: columnX(index) + 2, y: Self.header,
        width:
          Double(family.span) * Self.cell.width - 4, height: Self.heading.family - 4)
      canvas.rect(frame, fill: "#e4e7eb", radius: 4)
      canvas.text(
        PictureText.fit(
          family.name.isEmpty ? "(no family)" : family.name,
          width: frame.width - 12, size: 11), x: frame.midX, y: frame.y + 16, size: 11,
        colour: "#3e4c59", anchor: "middle", style: [("font-weight", "bold")])
      index += family.span
    }
    for (index, column) in columns.enumerated() {
      let name = column.map { snapshot.solutions[$0].name } ?? "(no solution)"
      let targeted = column.map { snapshot.solutions[$0].targeted } ?? false
      let lines = PictureText.wrap(
        name, width: Self.cell.width - (targeted ? 26 : 12),
        size: 11, lines: 2)
      let top = Self.header + Self.heading.family
      let middle = columnX(index) + (Self.cell.width - (targeted ? 16 : 0)) / 2
      for (offset, line) in lines.enumerated() {
        canvas.text(
          line, x: middle, y: top + 18 + Double(offset) * 14, size: 11,
          anchor: "middle", style: [("font-weight", "bold")])
      }
      if targeted {
        canvas.text(
          "★", x: columnX(index) + Self.cell.width - 10, y: top + 18, size: 13,
          colour: Self.star, anchor: "middle")
      }
    }
    let totalX = columnX(columns.count)
    canvas.text(
      "Total (with divisions)", x: totalX + Self.totalWidth / 2,
      y: Self.header + Self.heading.family + 18, size: 11, anchor: "middle",
      style: [("font-weight", "bold")])
  }

  private func drawRow(
    _ number: Int, _ row: (account: Int, depth: Int),
    on canvas: inout SVGCanvas
  ) {
    let account = snapshot.accounts[row.account]
    let y = gridTop + Double(number) * Self.cell.height
    if number % 2 == 0 {
      canvas.rect(
        Frame(
          x: Self.margin, y: y,
          width: columnX(columns.count) + Self.totalWidth
            - Self.margin, height: Self.cell.height), fill: "#f7f8fa")
    }
    let indent = Self.margin + 8 + Double(row.depth) * 18
    if row.depth > 0 {
      canvas.path(
        "M \(SVGCanvas.number(indent - 12)) \(SVGCanvas.number(y + 4)) V "
          + "\(SVGCanvas.number(y + 20)) h 8", stroke: "#9aa5b1", width: 1.2)
    }
    if let segment = account.segment { drawSegment(segment, x: indent, y: y + 20, on: &canvas) }
    let nameX = indent + (account.segment == nil ? 0 : 24)
    let room = Self.margin + Self.rowHeader - nameX - (account.targeted ? 22 : 8)
    canvas.beginGroup(tooltip: rowTooltip(account))
    canvas.text(
      PictureText.fit(account.name, width: room, size: 12), x: nameX, y: y + 25,
      size: 12, style: row.depth == 0 ? [("font-weight", "bold")] : [])
    canvas.text(account.kind, x: nameX, y: y + 41, size: 10, colour: "#7b8794")
    canvas.endGroup()
    if account.targeted {
      canvas.text(
        "★", x: Self.margin + Self.rowHeader - 12, y: y + 26, size: 13,
        colour: Self.star, anchor: "middle")
    }
    for (index, column) in columns.enumerated() {
      let frame = Frame(
        x: columnX(index) + 3, y: y + 3, width: Self.cell.width - 6,
        height: Self.cell.height - 6)
      drawCell(
        sums(row.account, column), frame, targeting: targeting(row.account, column),
        on: &canvas)
    }
    let total = Frame(
      x: columnX(columns.count) + 3, y: y + 3, width: Self.totalWidth - 6,
      height: Self.cell.height - 6)
    drawSums(rolledUp(row.account), total, on: &canvas)
  }

  private func rowTooltip(_ account: PlanSnapshot.Account) -> [String] {
    var lines = [account.name, "kind: " + account.kind]
    if let segment = account.segment { lines.append("segment: " + segment) }
    if account.targeted { lines.append("targeted") }
    if !account.industry.isEmpty { lines.append("industry: " + account.industry) }
    return lines
  }

  private func drawSegment(_ segment: String, x: Double, y: Double, on canvas: inout SVGCanvas) {
    let fills = ["A": "#1d3557", "B": "#457b9d", "C": "#8fb8d0", "D": "#cfdde6"]
    canvas.rect(
      Frame(x: x, y: y - 12, width: 18, height: 18), fill: fills[segment] ?? "#ccc",
      radius: 4)
    canvas.text(
      segment, x: x + 9, y: y + 1, size: 11,
      colour: segment == "D" || segment == "C" ? "#1f2933" : "#ffffff", anchor: "middle",
      style: [("font-weight", "bold")])
  }
}
