import PlanStore

/// Drawing the relationship map as SVG.
extension RelationshipPicture {
  /// Support levels with their colour and the card's tint; nil support is "unknown".
  static let supportColours: [(level: String?, colour: String, tint: String)] = [
    ("mentor", "#1a7f37", "#e3f4e8"), ("supporter", "#4caf50", "#eef8ee"),
    ("neutral", "#7b8794", "#f1f3f5"), ("non-supporter", "#e8890c", "#fff3e0"),
    ("enemy", "#d1242f", "#fdecee"), (nil, "#b8c2cc", "#ffffff"),
  ]

  static let influence = "#2b8a3e"
  static let conflict = "#c92a2a"
  static let keyPlayer = "#1d3557"
  static let star = "#e0a100"

  /// The picture as an SVG document.
  func svg() -> String {
    var canvas = SVGCanvas()
    canvas.arrowhead(id: "influence", colour: Self.influence)
    canvas.arrowhead(id: "influence-key", colour: Self.influence)
    let legend = legendEntries()
    let width = size.width
    let legendTop = size.height
    let height = legendTop + legend.height(width: width - 2 * Self.margin) + Self.margin / 2
    drawHeading(on: &canvas)
    for (manager, report) in reporting { drawReporting(manager, report, on: &canvas) }
    for member in members { drawCard(member, on: &canvas) }
    for line in snapshot.contactLines { drawLine(line, on: &canvas) }
    if members.isEmpty {
      canvas.text(
        "No contacts on this map yet.", x: Self.margin, y: Self.header + 20, size: 14,
        colour: "#52606d")
    }
    legend.draw(on: &canvas, x: Self.margin, y: legendTop, width: width - 2 * Self.margin)
    return canvas.document(
      width: width, height: max(height, legendTop + 60),
      title: "Relationship map: \(subject)", summary: summary())
  }

  private func summary() -> String {
    let keys = members.filter { snapshot.contacts[$0].political != nil }.count
    return "\(members.count) contacts, \(keys) key players, "
      + "\(visibleLines().count) lines of influence or conflict"
  }

  private func visibleLines() -> [PlanSnapshot.ContactLine] {
    snapshot.contactLines.filter { frames[$0.from] != nil && frames[$0.to] != nil }
  }

  private func drawHeading(on canvas: inout SVGCanvas) {
    canvas.text(
      PictureText.fit(
        "Relationship map: " + subject, width: size.width - 64,
        size: 20), x: Self.margin, y: 36, size: 20, style: [("font-weight", "bold")])
    canvas.text(
      PictureText.fit(summary(), width: size.width - 64, size: 12),
      x: Self.margin, y: 58, size: 12, colour: "#52606d")
  }

  private func drawReporting(_ manager: Int, _ report: Int, on canvas: inout SVGCanvas) {
    guard let top = frames[manager], let bottom = frames[report] else { return }
    let middle = top.maxY + Self.gap.down / 2
    canvas.path(
      "M \(SVGCanvas.number(top.midX)) \(SVGCanvas.number(top.maxY)) "
        + "V \(SVGCanvas.number(middle)) H \(SVGCanvas.number(bottom.midX)) "
        + "V \(SVGCanvas.number(bottom.y))", stroke: "#9aa5b1", width: 1.5)
  }

  private func drawCard(_ member: Int, on canvas: inout SVGCanvas) {
    guard let frame = frames[member] else { return }
    let contact = snapshot.contacts[member]
    let colours =
      Self.supportColours.first { $0.level == contact.support }
      ?? Self.supportColours[5]
    canvas.beginGroup(tooltip: tooltip(member), attributes: [("class", "contact")])
    if contact.political != nil {
      canvas.rect(
        Frame(
          x: frame.x - 4, y: frame.y - 4, width: frame.width + 8,
          height: frame.height + 8), fill: "none", stroke: Self.keyPlayer, radius: 12,
        extra: [("stroke-width", "2.5")])
    }
    var border: [(String, String)] = [("stroke-width", "2")]
    if contact.kind == "persona" { border.append(("stroke-dasharray", "7 4")) }
    if contact.kind == "external" { border.append(("stroke-dasharray", "2 3")) }
    canvas.rect(frame, fill: colours.tint, stroke: colours.colour, radius: 8, extra: border)
    let inner = frame.width - 24
    canvas.text(
      PictureText.fit(contact.name, width: inner - 20, size: 13), x: frame.x + 12,
      y: frame.y + 21, size: 13, style: [("font-weight", "bold")])
    if contact.political != nil {
      canvas.text(
        "★", x: frame.maxX - 16, y: frame.y + 22, size: 17, colour: Self.star,
        anchor: "middle")
    }
    var lines = [(contact.title, "#3e4c59", false)]
    if let account = contact.account, spansAccounts {
      lines.append((snapshot.accounts[account].name, "#616e7c", true))
    }
    if contact.kind != "contact" {
      lines.append(
        (
          contact.kind == "persona" ? "placeholder persona" : "external contact",
          "#616e7c", true
        ))
    }
    if let political = contact.political {
      lines.append(("key player: " + political, Self.keyPlayer, false))
    }
    lines.removeAll { $0.0.isEmpty }
    for (offset, line) in lines.prefix(3).enumerated() {
      canvas.text(
        PictureText.fit(line.0, width: inner, size: 11), x: frame.x + 12,
        y: frame.y + 38 + Double(offset) * 15, size: 11, colour: line.1,
        style: line.2 ? [("font-style", "italic")] : [])
    }
    drawBadges(contact, colours.colour, frame, on: &canvas)
    canvas.endGroup()
  }

  private func drawBadges(
    _ contact: PlanSnapshot.Contact, _ colour: String, _ frame: Frame,
    on canvas: inout SVGCanvas
  ) {
    let label = contact.support ?? "support unknown"
    let pill = Frame(
      x: frame.x + 10, y: frame.maxY - 22, width: Double(label.count) * 6.4 + 14,
      height: 16)
    canvas.rect(pill, fill: colour, radius: 8)
    canvas.text(
      label, x: pill.midX, y: pill.y + 12, size: 10, colour: "#ffffff",
      anchor: "middle", style: [("font-weight", "bold")])
    var notes: [String] = []
    if let coverage = contact.coverage { notes.append("coverage: " + coverage) }
    if let orientation = contact.orientation { notes.append(orientation) }
    if !notes.isEmpty {
      canvas.text(
        PictureText.fit(
          notes.joined(separator: " · "),
          width: frame.maxX - pill.maxX - 16, size: 10), x: pill.maxX + 6, y: pill.y + 12,
        size: 10, colour: "#52606d")
    }
  }

  /// Everything known about a contact, shown when the pointer rests on the card.
  private func tooltip(_ member: Int) -> [String] {
    let contact = snapshot.contacts[member]
    var lines = [contact.name]
    if !contact.title.isEmpty { lines.append(contact.title) }
    if let account = contact.account { lines.append("Account: " + snapshot.accounts[account].name) }
    lines.append("Support: " + (contact.support ?? "unknown"))
    if let political = contact.political { lines.append("Key player: " + political) }
    if let coverage = contact.coverage { lines.append("Coverage: " + coverage) }
    if let orientation = contact.orientation { lines.append("Decides on: " + orientation) }
    for level in levels[member] ?? [] {
      lines.append("\(level.member): \(level.current ?? "?") → \(level.desired ?? "?")")
    }
    return lines
  }

  private func drawLine(_ line: PlanSnapshot.ContactLine, on canvas: inout SVGCanvas) {
    guard let from = frames[line.from], let to = frames[line.to] else { return }
    let curve = PictureCurve(from: from, to: to, bend: 46)
    let isInfluence = line.kind == "influence"
    var extra = [("stroke-dasharray", isInfluence ? "7 4" : "3 3")]
    if isInfluence { extra.append(("marker-end", "url(#influence)")) }
    canvas.beginGroup(
      tooltip: [
        "\(snapshot.contacts[line.from].name) → "
          + "\(snapshot.contacts[line.to].name): \(line.kind)"
      ], attributes: [("class", line.kind)])
    canvas.path(
      curve.path, stroke: isInfluence ? Self.influence : Self.conflict, width: 2.2,
      extra: extra)
    if !isInfluence {
      canvas.circle(
        x: curve.middle.x, y: curve.middle.y, radius: 8, fill: "#ffffff",
        stroke: Self.conflict)
      canvas.text(
        "✕", x: curve.middle.x, y: curve.middle.y + 4, size: 11,
        colour: Self.conflict, anchor: "middle", style: [("font-weight", "bold")])
    }
    canvas.endGroup()
  }

  private func legendEntries() -> PictureLegend {
    var legend = PictureLegend()
    for entry in Self.supportColours {
      legend.add(
        .box(fill: entry.tint, stroke: entry.colour, dash: nil),
        entry.level ?? "support unknown")
    }
    legend.add(.symbol("★", colour: Self.star), "key player (outlined)")
    legend.add(.line(colour: "#9aa5b1", dash: nil, marker: nil), "reports to")
    legend.add(.line(colour: Self.influence, dash: "7 4", marker: "influence"), "influences")
    legend.add(.line(colour: Self.conflict, dash: "3 3", marker: nil), "in conflict")
    legend.add(.box(fill: "#ffffff", stroke: "#7b8794", dash: "7 4"), "persona")
    legend.add(.box(fill: "#ffffff", stroke: "#7b8794", dash: "2 3"), "external")
    return legend
  }
}
