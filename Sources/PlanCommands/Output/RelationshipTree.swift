import PlanStore

/// Draws contacts as one reporting tree per account.
enum RelationshipTree {
  static func render(_ contacts: [Contact]) -> String {
    if contacts.isEmpty { return "no contacts on this map yet" }
    var lines: [String] = []
    var accounts: [String] = []
    for contact in contacts where !accounts.contains(contact.accountName ?? "") {
      accounts.append(contact.accountName ?? "")
    }
    for account in accounts {
      let members = contacts.filter { ($0.accountName ?? "") == account }
      let ids = Set(members.map(\.id))
      lines.append(account.isEmpty ? "(no account)" : TerminalText.neutralized(account))
      let roots = members.filter { $0.reportsToID.map { !ids.contains($0) } ?? true }
      for (index, root) in roots.enumerated() {
        draw(root, members, prefix: "", last: index == roots.count - 1, into: &lines)
      }
      lines.append("")
    }
    lines.removeLast()
    return lines.joined(separator: "\n")
  }

  private static func draw(
    _ contact: Contact, _ members: [Contact], prefix: String, last: Bool,
    into lines: inout [String]
  ) {
    var label = contact.name
    if !contact.title.isEmpty { label += " — " + contact.title }
    let marks = [contact.isKeyPlayer ? "key player" : nil, contact.support, contact.coverage]
      .compactMap { $0 }
    if !marks.isEmpty { label += " [" + marks.joined(separator: ", ") + "]" }
    lines.append(prefix + (last ? "└─ " : "├─ ") + TerminalText.neutralized(label))
    let reports = members.filter { $0.reportsToID == contact.id }
    let childPrefix = prefix + (last ? "   " : "│  ")
    for (index, report) in reports.enumerated() {
      draw(report, members, prefix: childPrefix, last: index == reports.count - 1, into: &lines)
    }
  }
}
