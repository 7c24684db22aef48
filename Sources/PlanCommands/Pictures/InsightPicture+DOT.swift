import PlanStore

/// The insight map as a Graphviz graph: a cluster per account, each row of cards on one
/// rank, goals at the top, arrows for links.
extension InsightPicture {
  /// The map as DOT text (`dot -Tsvg` draws it).
  func dot() -> String {
    var graph = DOTGraph(
      name: "insight map",
      attributes: [
        ("label", "Insight map: " + subject), ("labelloc", "t"), ("rankdir", "TB"),
        ("fontname", "Helvetica"), ("fontsize", "18"), ("newrank", "true"),
      ])
    graph.nodeDefaults([
      ("shape", "box"), ("style", "rounded,filled"), ("fontname", "Helvetica"),
      ("fontsize", "11"),
    ])
    graph.edgeDefaults([("color", Self.link)])
    for (number, section) in sections.enumerated() {
      graph.beginSubgraph(
        "cluster_s\(number + 1)",
        label: section.account.map { snapshot.accounts[$0].name } ?? "Plan level",
        attributes: [("style", "rounded"), ("color", "#9aa5b1")])
      for row in Self.rows {
        let cards = section.cards.filter { snapshot.insights[$0].row == row.kind }
        if cards.isEmpty { continue }
        graph.beginSubgraph(
          "s\(number + 1)_\(row.kind)", label: nil,
          attributes: [("rank", "same")])
        for card in cards { node(card, row: row, in: &graph) }
        graph.endSubgraph()
      }
      graph.endSubgraph()
    }
    for (index, card) in snapshot.insights.enumerated() where frames[index] != nil {
      for target in card.links where frames[target] != nil {
        graph.edge("i\(index + 1)", "i\(target + 1)")
      }
    }
    return graph.text
  }

  private func node(
    _ index: Int,
    row: (
      kind: String, colour: String, tint: String, title: String,
      hint: String, done: String
    ), in graph: inout DOTGraph
  ) {
    let card = snapshot.insights[index]
    var label = [row.kind.uppercased()]
    label += PictureText.wrap(card.text, width: 180, size: 10, lines: 4)
    if !card.concerns.isEmpty { label.append("concerns: " + card.concerns) }
    if !card.source.isEmpty { label.append("told by: " + card.source) }
    switch card.status {
    case "confirmed": label.append("✓ confirmed by " + card.confirmedBy)
    case "done": label.append("✔ " + row.done)
    default: label.append("unconfirmed")
    }
    graph.node(
      "i\(index + 1)", label: label,
      attributes: [
        ("fillcolor", row.tint), ("color", row.colour),
        ("style", card.status == "unconfirmed" ? "rounded,filled,dashed" : "rounded,filled"),
        ("penwidth", card.status == "unconfirmed" ? "1.2" : "2"),
      ])
  }
}
