import PlanStore

/// Draws contacts as one reporting tree per account.
enum RelationshipTree {
  static func render(_ contacts: [Contact]) -> String {
    if contacts.isEmpty { return "no contacts on this map yet" }
    // Accounts in the order their first contact comes, each with its contacts in order.
    var accounts: [String] = []
    var members: [String: [Contact]] = [:]
    for contact in contacts {
      let account = contact.accountName ?? ""
      if members[account] == nil { accounts.append(account) }
      members[account, default: []].append(contact)
    }
    var lines: [String] = []
    for account in accounts {
      lines.append(account.isEmpty ? "(no account)" : TerminalText.neutralized(account))
      drawTree(of: members[account] ?? [], into: &lines)
      lines.append("")
    }
    lines.removeLast()
    return lines.joined(separator: "\n")
  }

  /// The reporting tree of one account's contacts: those whose manager is elsewhere (or
  /// nobody) are its roots.
  private static func drawTree(of members: [Contact], into lines: inout [String]) {
    let ids = Set(members.map(\.id))
    var reports: [Int64: [Contact]] = [:]
    for member in members {
      if let manager = member.reportsToID, ids.contains(manager) {
        reports[manager, default: []].append(member)
      }
    }
    let roots = members.filter { $0.reportsToID.map { !ids.contains($0) } ?? true }
    for (index, root) in roots.enumerated() {
      draw(root, reports, prefix: "", last: index == roots.count - 1, into: &lines)
    }
  }

  private static func draw(
    _ contact: Contact, _ reports: [Int64: [Contact]], prefix: String, last: Bool,
    into lines: inout [String]
  ) {
    // One line per contact, whatever its name holds.
    lines.append(prefix + (last ? "└─ " : "├─ ") + TerminalText.neutralized(label(contact)))
    let below = reports[contact.id] ?? []
    let childPrefix = prefix + (last ? "   " : "│  ")
    for (index, report) in below.enumerated() {
      draw(report, reports, prefix: childPrefix, last: index == below.count - 1, into: &lines)
    }
  }

  private static func label(_ contact: Contact) -> String {
    var label = contact.name
    if !contact.title.isEmpty { label += " — " + contact.title }
    let marks = [contact.isKeyPlayer ? "key player" : nil, contact.support, contact.coverage]
      .compactMap { $0 }
    if !marks.isEmpty { label += " [" + marks.joined(separator: ", ") + "]" }
    return label
  }
}
