import PlanStore

/// The relationship map as a Graphviz graph: a cluster per account, managers above their
/// reports, support as fill colour, key players with a double border.
extension RelationshipPicture {
  /// The map as DOT text (`dot -Tsvg` draws it).
  func dot() -> String {
    var graph = DOTGraph(
      name: "relationship map",
      attributes: [
        ("label", "Relationship map: " + subject), ("labelloc", "t"), ("rankdir", "TB"),
        ("fontname", "Helvetica"), ("fontsize", "18"),
      ])
    graph.nodeDefaults([
      ("shape", "box"), ("style", "rounded,filled"), ("fontname", "Helvetica"),
      ("fontsize", "11"),
    ])
    graph.edgeDefaults([("fontname", "Helvetica"), ("fontsize", "10")])
    for (account, contacts) in byAccount() {
      graph.beginSubgraph(
        "cluster_a\(account.map { $0 + 1 } ?? 0)",
        label: account.map { snapshot.accounts[$0].name } ?? "(no account)",
        attributes: [("style", "rounded"), ("color", "#9aa5b1")])
      for member in contacts { node(member, in: &graph) }
      graph.endSubgraph()
    }
    for (manager, report) in reporting {
      graph.edge(
        "c\(manager + 1)", "c\(report + 1)",
        attributes: [
          ("color", "#9aa5b1"), ("arrowhead", "none"),
        ])
    }
    let onMap = Set(members)
    for line in snapshot.contactLines where onMap.contains(line.from) && onMap.contains(line.to) {
      let isInfluence = line.kind == "influence"
      graph.edge(
        "c\(line.from + 1)", "c\(line.to + 1)",
        attributes: [
          ("label", line.kind), ("color", isInfluence ? Self.influence : Self.conflict),
          ("fontcolor", isInfluence ? Self.influence : Self.conflict),
          ("style", isInfluence ? "dashed" : "dotted"), ("constraint", "false"),
          ("dir", isInfluence ? "forward" : "none"),
        ])
    }
    return graph.text
  }

  /// The map's contacts grouped by account, in the map's order.
  private func byAccount() -> [(Int?, [Int])] {
    var groups: [(Int?, [Int])] = []
    for member in members {
      let account = snapshot.contacts[member].account
      if let index = groups.firstIndex(where: { $0.0 == account }) {
        groups[index].1.append(member)
      } else {
        groups.append((account, [member]))
      }
    }
    return groups
  }

  private func node(_ member: Int, in graph: inout DOTGraph) {
    let contact = snapshot.contacts[member]
    let colours =
      Self.supportColours.first { $0.level == contact.support }
      ?? Self.supportColours[5]
    var label = [contact.name]
    if !contact.title.isEmpty { label.append(contact.title) }
    label.append(contact.support ?? "support unknown")
    if let political = contact.political { label.append("★ key player: " + political) }
    if let coverage = contact.coverage { label.append("coverage: " + coverage) }
    var style = "rounded,filled"
    if contact.kind == "persona" { style += ",dashed" }
    if contact.kind == "external" { style += ",dotted" }
    var attributes = [
      ("fillcolor", colours.tint), ("color", colours.colour), ("style", style),
      ("penwidth", "2"),
    ]
    if contact.political != nil { attributes.append(("peripheries", "2")) }
    graph.node("c\(member + 1)", label: label, attributes: attributes)
  }
}
