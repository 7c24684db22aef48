import PlanStore

/// Drawing the insight map as SVG.
extension InsightPicture {
  static let link = "#52606d"
  static let confirmed = "#1a7f37"
  static let done = "#1c64f2"

  /// The picture as an SVG document.
  func svg() -> String {
    var canvas = SVGCanvas()
    canvas.arrowhead(id: "link", colour: Self.link)
    let legend = legendEntries()
    let legendTop = size.height
    let height = legendTop + legend.height(width: size.width - 2 * Self.margin) + 16
    canvas.text(
      PictureText.fit("Insight map: " + subject, width: size.width - 64, size: 20),
      x: Self.margin, y: 36, size: 20, style: [("font-weight", "bold")])
    canvas.text(summary(), x: Self.margin, y: 58, size: 12, colour: "#52606d")
    for title in titles {
      canvas.text(
        PictureText.fit(title.text, width: size.width - 64, size: 15),
        x: Self.margin, y: title.y, size: 15, style: [("font-weight", "bold")])
    }
    for band in bands { drawBand(band, on: &canvas) }
    for index in frames.keys.sorted() { drawCard(index, on: &canvas) }
    // Links go over the cards, so that a link passing a row stays one unbroken line.
    for (index, card) in snapshot.insights.enumerated() where frames[index] != nil {
      for target in card.links { drawLink(from: index, to: target, on: &canvas) }
    }
    legend.draw(on: &canvas, x: Self.margin, y: legendTop, width: size.width - 2 * Self.margin)
    return canvas.document(
      width: size.width, height: height,
      title: "Insight map: \(subject)", summary: summary())
  }

  private func summary() -> String {
    let cards = frames.keys.map { snapshot.insights[$0] }
    let confirmed = cards.filter { $0.status != "unconfirmed" }.count
    let links = cards.reduce(0) { $0 + $1.links.filter { frames[$0] != nil }.count }
    return "\(cards.count) card\(cards.count == 1 ? "" : "s"), \(confirmed) confirmed or done, "
      + "\(links) link\(links == 1 ? "" : "s")"
  }

  private func drawBand(
    _ band: (section: Int, row: Int, frame: Frame),
    on canvas: inout SVGCanvas
  ) {
    let row = Self.rows[band.row]
    canvas.rect(band.frame, fill: row.tint, stroke: "none", radius: 10)
    let label = Frame(
      x: band.frame.x, y: band.frame.y, width: Self.label - 8,
      height: band.frame.height)
    canvas.rect(label, fill: row.colour, radius: 10)
    canvas.text(
      row.title, x: label.x + 14, y: label.y + 28, size: 15, colour: "#ffffff",
      style: [("font-weight", "bold")])
    canvas.text(row.hint, x: label.x + 14, y: label.y + 46, size: 10, colour: "#ffffff")
    let empty = sections[band.section].cards.allSatisfy {
      snapshot.insights[$0].row != row.kind
    }
    if empty {
      canvas.text(
        "none yet", x: band.frame.x + Self.label + Self.gap,
        y: band.frame.midY + 4, size: 12, colour: "#7b8794", style: [("font-style", "italic")])
    }
  }

  private func drawCard(_ index: Int, on canvas: inout SVGCanvas) {
    guard let frame = frames[index] else { return }
    let card = snapshot.insights[index]
    let row = Self.rows.first { $0.kind == card.row } ?? Self.rows[0]
    canvas.beginGroup(tooltip: tooltip(card, row.done), attributes: [("class", "insight")])
    var border = [("stroke-width", card.status == "unconfirmed" ? "1.5" : "2.5")]
    if card.status == "unconfirmed" { border.append(("stroke-dasharray", "6 4")) }
    canvas.rect(frame, fill: "#ffffff", stroke: row.colour, radius: 8, extra: border)
    let lines = PictureText.wrap(card.text, width: frame.width - 24, size: 12, lines: 3)
    for (offset, line) in lines.enumerated() {
      canvas.text(
        line, x: frame.x + 12, y: frame.y + 20 + Double(offset) * 15, size: 12,
        style: [("font-weight", "bold")])
    }
    var notes: [String] = []
    if !card.concerns.isEmpty { notes.append("concerns: " + card.concerns) }
    if !card.source.isEmpty { notes.append("told by: " + card.source) }
    for (offset, note) in notes.enumerated() {
      canvas.text(
        PictureText.fit(note, width: frame.width - 24, size: 10), x: frame.x + 12,
        y: frame.y + 68 + Double(offset) * 13, size: 10, colour: "#52606d")
    }
    drawStatus(card, done: row.done, frame, on: &canvas)
    canvas.endGroup()
  }

  private func drawStatus(
    _ card: PlanSnapshot.Insight, done: String, _ frame: Frame,
    on canvas: inout SVGCanvas
  ) {
    let (label, fill, ink): (String, String, String) =
      switch card.status {
      case "confirmed": ("✓ confirmed", Self.confirmed, "#ffffff")
      case "done": ("✔ " + done, Self.done, "#ffffff")
      default: ("unconfirmed", "#e4e7eb", "#52606d")
      }
    let pill = Frame(
      x: frame.x + 10, y: frame.maxY - 22,
      width: Double(DisplayWidth.of(label)) * 6.2 + 14, height: 16)
    canvas.rect(pill, fill: fill, radius: 8)
    canvas.text(
      label, x: pill.midX, y: pill.y + 12, size: 10, colour: ink, anchor: "middle",
      style: [("font-weight", "bold")])
    if card.status != "unconfirmed" && !card.confirmedBy.isEmpty {
      let by = "by \(card.confirmedBy)" + (card.confirmedOn.map { ", \($0)" } ?? "")
      canvas.text(
        PictureText.fit(by, width: frame.maxX - pill.maxX - 14, size: 10),
        x: pill.maxX + 6, y: pill.y + 12, size: 10, colour: "#52606d")
    }
  }

  private func tooltip(_ card: PlanSnapshot.Insight, _ done: String) -> [String] {
    var lines = ["\(card.row): \(card.text)"]
    if !card.concerns.isEmpty { lines.append("Concerns: " + card.concerns) }
    if !card.source.isEmpty { lines.append("Told by: " + card.source) }
    switch card.status {
    case "confirmed": lines.append("Confirmed by \(card.confirmedBy) on \(card.confirmedOn ?? "?")")
    case "done": lines.append("Done: " + done)
    default: lines.append("Not confirmed yet")
    }
    return lines
  }

  /// An arrow from one card to another: down or up between rows, an arch within a row.
  /// A link leaves a card at 40% of its width and arrives at 60%, so that a card's
  /// outgoing and incoming arrows never meet.
  private func drawLink(from: Int, to: Int, on canvas: inout SVGCanvas) {
    guard let start = frames[from], let end = frames[to] else { return }
    let n = SVGCanvas.number
    let x1 = start.x + start.width * 0.4
    let x2 = end.x + end.width * 0.6
    let d: String
    if abs(start.y - end.y) < 1 {
      let lift = start.y - 26
      d =
        "M \(n(x1)) \(n(start.y)) C \(n(x1)) \(n(lift)) \(n(x2)) \(n(lift)) \(n(x2)) "
        + "\(n(end.y - 2))"
    } else {
      let down = end.y > start.y
      let y1 = down ? start.maxY : start.y
      let y2 = down ? end.y - 2 : end.maxY + 2
      let middle = (y1 + y2) / 2
      d = "M \(n(x1)) \(n(y1)) C \(n(x1)) \(n(middle)) \(n(x2)) \(n(middle)) \(n(x2)) \(n(y2))"
    }
    canvas.path(
      d, stroke: Self.link, width: 1.8,
      extra: [("marker-end", "url(#link)"), ("opacity", "0.8"), ("class", "link")])
  }

  private func legendEntries() -> PictureLegend {
    var legend = PictureLegend()
    legend.add(.box(fill: "#ffffff", stroke: "#7b8794", dash: "6 4"), "unconfirmed")
    legend.add(.box(fill: Self.confirmed, stroke: Self.confirmed, dash: nil), "confirmed")
    legend.add(
      .box(fill: Self.done, stroke: Self.done, dash: nil),
      "done (achieved, resolved, completed, overcome, implemented)")
    legend.add(.line(colour: Self.link, dash: nil, marker: "link"), "linked to")
    return legend
  }
}
