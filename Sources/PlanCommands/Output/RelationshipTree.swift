import PlanStore

/// Draws contacts as one reporting tree per account.
///
/// The text is gathered as UTF-8 bytes: the largest accounts have thousands of contacts.
enum RelationshipTree {
  /// The map as UTF-8 bytes, as it is written out.
  static func utf8(_ contacts: [MapContact]) -> [UInt8] {
    if contacts.isEmpty { return Array("no contacts on this map yet".utf8) }
    // Accounts in the order their first contact comes, each with its contacts in order.
    var accounts: [String] = []
    var members: [String: [Int]] = [:]
    for (index, contact) in contacts.enumerated() {
      let account = contact.accountName ?? ""
      if members[account] == nil { accounts.append(account) }
      members[account, default: []].append(index)
    }
    var text: [UInt8] = []
    for (number, account) in accounts.enumerated() {
      if number > 0 { text += "\n\n".utf8 }
      text += (account.isEmpty ? "(no account)" : TerminalText.neutralized(account)).utf8
      Tree(contacts: contacts, members: members[account] ?? []).draw(into: &text)
    }
    return text
  }

  /// One account's reporting tree: contacts whose manager is elsewhere (or nobody) are its
  /// roots. Contacts are held by their place in the listing, not copied.
  private struct Tree {
    let contacts: [MapContact]
    let roots: [Int]
    /// The places of the contacts reporting to each manager, in listing order.
    let reports: [Int64: [Int]]

    init(contacts: [MapContact], members: [Int]) {
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

    func draw(into text: inout [UInt8]) {
      // One prefix buffer for the whole tree, grown and cut back as the drawing goes down
      // and up: a prefix copied per contact costs more than the rest of the map.
      var prefix: [UInt8] = []
      for (index, root) in roots.enumerated() {
        draw(root, prefix: &prefix, last: index == roots.count - 1, into: &text)
      }
    }

    private static let branch = Array("├─ ".utf8)
    private static let lastBranch = Array("└─ ".utf8)
    private static let rail = Array("│  ".utf8)
    private static let gap = Array("   ".utf8)

    private func draw(_ member: Int, prefix: inout [UInt8], last: Bool, into text: inout [UInt8]) {
      let contact = contacts[member]
      text.append(UInt8(ascii: "\n"))
      text += prefix
      text += last ? Self.lastBranch : Self.branch
      RelationshipTree.label(contact, into: &text)
      guard let below = reports[contact.id] else { return }
      let depth = prefix.count
      prefix += last ? Self.gap : Self.rail
      for (index, report) in below.enumerated() {
        draw(report, prefix: &prefix, last: index == below.count - 1, into: &text)
      }
      prefix.removeSubrange(depth...)
    }
  }

  /// A contact's name, title and marks, on one line whatever its name holds.
  private static func label(_ contact: MapContact, into text: inout [UInt8]) {
    text += TerminalText.neutralized(contact.name).utf8
    if !contact.title.isEmpty {
      text += " — ".utf8
      text += TerminalText.neutralized(contact.title).utf8
    }
    var first = true
    for mark in [contact.isKeyPlayer ? "key player" : nil, contact.support, contact.coverage] {
      guard let mark else { continue }
      text += (first ? " [" : ", ").utf8
      text += TerminalText.neutralized(mark).utf8
      first = false
    }
    if !first { text.append(UInt8(ascii: "]")) }
  }
}
