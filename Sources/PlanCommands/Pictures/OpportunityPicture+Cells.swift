import PlanStore

/// Drawing the opportunity map's cells, totals and key.
extension OpportunityPicture {
  /// One cell: coloured by its most advanced status, with a line per status. White space
  /// is white; orange-edged when its row or its solution is targeted, orange when both are.
  func drawCell(_ sums: Sums, _ frame: Frame, targeting: Int, on canvas: inout SVGCanvas) {
    guard sums.isEmpty else {
      let best = Self.statuses[sums.present.lastIndex(of: true) ?? 0]
      canvas.beginGroup(attributes: [("class", "cell " + best.name)])
      canvas.rect(
        frame, fill: best.tint, stroke: best.colour, radius: 6,
        extra: [("stroke-width", "1.5")])
      drawLines(sums, frame, on: &canvas)
      canvas.endGroup()
      return
    }
    let kinds = [
      "cell white-space", "cell white-space half-targeted",
      "cell white-space targeted",
    ]
    canvas.beginGroup(attributes: [("class", kinds[min(targeting, 2)])])
    switch targeting {
    case 2:
      canvas.rect(
        frame, fill: "#ffe8cc", stroke: Self.target, radius: 6,
        extra: [("stroke-width", "2")])
      canvas.text(
        "targeted", x: frame.midX, y: frame.midY - 3, size: 10, colour: Self.target,
        anchor: "middle", style: [("font-weight", "bold")])
      canvas.text(
        "white space", x: frame.midX, y: frame.midY + 10, size: 10,
        colour: Self.target, anchor: "middle", style: [("font-weight", "bold")])
    case 1:
      canvas.rect(
        frame, fill: "#fffaf5", stroke: Self.target, radius: 6,
        extra: [("stroke-dasharray", "5 3"), ("stroke-width", "1.2")])
      canvas.text(
        "white space", x: frame.midX, y: frame.midY + 4, size: 10,
        colour: Self.target, anchor: "middle")
    default:
      canvas.rect(
        frame, fill: "#ffffff", stroke: "#c4cdd5", radius: 6,
        extra: [("stroke-dasharray", "3 3")])
      canvas.text(
        "white space", x: frame.midX, y: frame.midY + 4, size: 10,
        colour: "#9aa5b1", anchor: "middle", style: [("font-style", "italic")])
    }
    canvas.endGroup()
  }

  /// A total: plain, with a line per status.
  func drawSums(_ sums: Sums, _ frame: Frame, on canvas: inout SVGCanvas) {
    canvas.rect(frame, fill: "#ffffff", stroke: "#9aa5b1", radius: 6)
    if sums.isEmpty {
      canvas.text(
        "–", x: frame.midX, y: frame.midY + 4, size: 11, colour: "#9aa5b1",
        anchor: "middle")
      return
    }
    drawLines(sums, frame, on: &canvas)
  }

  /// `P 300k`, `O 850k`, `W 180k`: a coloured mark and the value, one status a line.
  private func drawLines(_ sums: Sums, _ frame: Frame, on canvas: inout SVGCanvas) {
    let values = [sums.potential, sums.open, sums.won]
    let shown = Self.statuses.indices.filter { sums.present[$0] }
    let top = frame.midY - Double(shown.count - 1) * 7.5
    for (line, index) in shown.enumerated() {
      let status = Self.statuses[index]
      let y = top + Double(line) * 15
      canvas.rect(
        Frame(x: frame.x + 10, y: y - 5, width: 9, height: 9), fill: status.colour,
        radius: 2)
      canvas.text(
        "\(status.letter) \(PictureText.money(values[index]))", x: frame.x + 25,
        y: y + 4, size: 11, colour: "#1f2933", style: [("font-weight", "bold")])
    }
  }

  /// The bottom row: each solution's total, and the grand total.
  func drawTotals(on canvas: inout SVGCanvas) {
    let y =
      Self.header + Self.heading.family + Self.heading.solution
      + Double(rows.count) * Self.cell.height
    canvas.path(
      "M \(SVGCanvas.number(Self.margin)) \(SVGCanvas.number(y + 1)) H "
        + SVGCanvas.number(columnLeft(columns.count) + Self.totalWidth), stroke: "#7b8794",
      width: 1.2)
    canvas.text(
      "Total", x: Self.margin + 8, y: y + 34, size: 12,
      style: [("font-weight", "bold")])
    var grand = Sums()
    for (index, column) in columns.enumerated() {
      let total = columnTotal(column)
      grand.add(total)
      drawSums(
        total,
        Frame(
          x: columnLeft(index) + 3, y: y + 5, width: Self.cell.width - 6,
          height: Self.cell.height - 6), on: &canvas)
    }
    drawSums(
      grand,
      Frame(
        x: columnLeft(columns.count) + 3, y: y + 5,
        width: Self.totalWidth - 6, height: Self.cell.height - 6), on: &canvas)
  }

  private func columnLeft(_ index: Int) -> Double {
    Self.margin + Self.rowHeader + Double(index) * Self.cell.width
  }

  /// The key under the map.
  func legendEntries() -> PictureLegend {
    var legend = PictureLegend()
    for status in Self.statuses {
      legend.add(
        .box(fill: status.tint, stroke: status.colour, dash: nil),
        "\(status.letter) \(status.name)")
    }
    legend.add(.box(fill: "#ffffff", stroke: "#c4cdd5", dash: "3 3"), "white space")
    legend.add(
      .box(fill: "#fffaf5", stroke: Self.target, dash: "5 3"),
      "white space, row or solution targeted")
    legend.add(
      .box(fill: "#ffe8cc", stroke: Self.target, dash: nil),
      "targeted white space: row and solution targeted")
    legend.add(.symbol("★", colour: Self.star), "targeted")
    legend.add(.box(fill: "#1d3557", stroke: "#1d3557", dash: nil), "segment A (to D)")
    legend.add(
      .symbol("·", colour: "#52606d"),
      "amounts in \(snapshot.plan.currency); lost opportunities left out")
    return legend
  }
}
