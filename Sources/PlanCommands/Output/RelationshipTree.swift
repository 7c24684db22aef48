import PlanStore

/// Draws contacts as one reporting tree per account.
enum RelationshipTree {
  static func render(_ contacts: [Contact]) -> String {
    if contacts.isEmpty { return "no contacts on this map yet" }
    // Accounts in the order their first contact comes, each with its contacts in order.
    var accounts: [String] = []
    var members: [String: [Int]] = [:]
    for (index, contact) in contacts.enumerated() {
      let account = contact.accountName ?? ""
      if members[account] == nil { accounts.append(account) }
      members[account, default: []].append(index)
    }
    var text = ""
    for account in accounts {
      if !text.isEmpty { text += "\n\n" }
      text += account.isEmpty ? "(no account)" : TerminalText.neutralized(account)
      Tree(contacts: contacts, members: members[account] ?? []).draw(into: &text)
    }
    return text
  }

  /// One account's reporting tree: contacts whose manager is elsewhere (or nobody) are its
  /// roots. Contacts are held by their place in the listing, not copied.
  private struct Tree {
    let contacts: [Contact]
    let roots: [Int]
    /// The places of the contacts reporting to each manager, in listing order.
    let reports: [Int64: [Int]]

    init(contacts: [Contact], members: [Int]) {
      self.contacts = contacts
      let ids = Set(members.map { contacts[$0].id })
      var reports: [Int64: [Int]] = [:]
      for member in members {
        if let manager = contacts[member].reportsToID, ids.contains(manager) {
          reports[manager, default: []].append(member)
        }
      }
      self.reports = reports
      roots = members.filter { contacts[$0].reportsToID.map { !ids.contains($0) } ?? true }
    }

    func draw(into text: inout String) {
      for (index, root) in roots.enumerated() {
        draw(root, prefix: "", last: index == roots.count - 1, into: &text)
      }
    }

    private func draw(_ member: Int, prefix: String, last: Bool, into text: inout String) {
      let contact = contacts[member]
      text += "\n"
      text += prefix
      text += last ? "└─ " : "├─ "
      // One line per contact, whatever its name holds.
      text += TerminalText.neutralized(RelationshipTree.label(contact))
      let below = reports[contact.id] ?? []
      let childPrefix = prefix + (last ? "   " : "│  ")
      for (index, report) in below.enumerated() {
        draw(report, prefix: childPrefix, last: index == below.count - 1, into: &text)
      }
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
