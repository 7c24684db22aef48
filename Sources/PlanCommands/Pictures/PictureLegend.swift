/// The key under a picture: what each colour, border and line means.
struct PictureLegend {
  /// How one entry is drawn.
  enum Swatch {
    /// A small box with this fill and border (dashed when `dash` is given).
    case box(fill: String, stroke: String, dash: String?)
    /// A short line with this colour and dash, with an arrowhead marker when given.
    case line(colour: String, dash: String?, marker: String?)
    /// A symbol (such as a star) in this colour.
    case symbol(String, colour: String)
  }

  var entries: [(swatch: Swatch, label: String)] = []

  /// Adds an entry.
  mutating func add(_ swatch: Swatch, _ label: String) { entries.append((swatch, label)) }

  /// The height the legend takes when drawn `width` pixels wide.
  func height(width: Double) -> Double { Double(rows(width: width).count) * 24 + 30 }

  /// Draws the legend with its top left at (`x`, `y`).
  func draw(on canvas: inout SVGCanvas, x: Double, y: Double, width: Double) {
    canvas.text("Key", x: x, y: y + 14, size: 12, style: [("font-weight", "bold")])
    for (row, items) in rows(width: width).enumerated() {
      var left = x
      let top = y + 24 + Double(row) * 24
      for index in items {
        let (swatch, label) = entries[index]
        drawSwatch(swatch, on: &canvas, x: left, y: top)
        canvas.text(label, x: left + 34, y: top + 12, size: 11, colour: "#3e4c59")
        left += Self.entryWidth(label)
      }
    }
  }

  private func drawSwatch(_ swatch: Swatch, on canvas: inout SVGCanvas, x: Double, y: Double) {
    switch swatch {
    case .box(let fill, let stroke, let dash):
      canvas.rect(
        Frame(x: x, y: y + 2, width: 26, height: 14), fill: fill, stroke: stroke, radius: 3,
        extra: dash.map { [("stroke-dasharray", $0), ("stroke-width", "1.5")] } ?? [
          ("stroke-width", "1.5")
        ])
    case .line(let colour, let dash, let marker):
      var extra = dash.map { [("stroke-dasharray", $0)] } ?? []
      if let marker { extra.append(("marker-end", "url(#\(marker))")) }
      canvas.path("M \(x) \(y + 9) H \(x + 26)", stroke: colour, width: 2, extra: extra)
    case .symbol(let symbol, let colour):
      canvas.text(symbol, x: x + 13, y: y + 14, size: 15, colour: colour, anchor: "middle")
    }
  }

  /// Entries per legend row, wrapping at `width`.
  private func rows(width: Double) -> [[Int]] {
    var rows: [[Int]] = [[]]
    var used = 0.0
    for (index, entry) in entries.enumerated() {
      let size = Self.entryWidth(entry.label)
      if used + size > width && !rows[rows.count - 1].isEmpty {
        rows.append([])
        used = 0
      }
      rows[rows.count - 1].append(index)
      used += size
    }
    return rows
  }

  private static func entryWidth(_ label: String) -> Double {
    Double(DisplayWidth.of(label)) * 11 * 0.6 + 56
  }
}
