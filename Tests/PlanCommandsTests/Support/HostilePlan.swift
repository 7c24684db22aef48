import Foundation
import PlanCommands
import PlanStore

/// Text that tries to break out of every format plansh writes: markup, entities, quotes,
/// commas, line breaks, path tricks, control characters, formulas, emoji and
/// right-to-left script with a bidirectional override.
enum HostileText {
  static let samples = [
    "<script>alert(\"x\")</script>",
    "Smith & Sons <b>bold</b> &amp;",
    "O'Brien, \"Jr\"",
    "two\nlines\r\nthree",
    "../../etc/passwd",
    "tab\there \u{1B}[31mred\u{07}",
    "c1 \u{9B}control \u{85}",
    "🚀 Rocket 👩‍💻 team",
    "شركة الأمل",
    "חברת אור \u{202E}RLO\u{202C}",
    "=SUM(A1)",
    "back\\slash \\n not a line break",
    "| pipe | # hash * star _under_ [link](x) `code`",
    "</text><text>injected</text>",
    "\"]; evil -> node [label=\"x",
  ]

  /// Whether `text` holds a character that must never reach a terminal or an XML file raw.
  static func hasRawControl(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
    text.unicodeScalars.contains { scalar in
      if allowingLineBreaks && scalar == "\n" { return false }
      switch scalar.value {
      case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
      default: return false
      }
    }
  }
}

/// A plan whose every name and text is hostile, built through the store.
enum HostilePlan {
  /// Builds the plan in `fixture` and makes it current.
  static func build(in fixture: SessionFixture) throws {
    let store = fixture.store
    let samples = HostileText.samples
    let plan = try store.createPlan(name: "Hostile <&> \"plan\"", owner: samples[2])
    try fixture.session.usePlan(String(plan.id))
    try store.addTeamMember(planID: plan.id, name: samples[2], access: "owner", role: samples[1])
    try store.addSolution(planID: plan.id, name: samples[13], family: samples[1], targeted: true)
    var previous: String?
    for (index, text) in samples.enumerated() {
      let account = "\(index) " + text
      try store.addAccount(planID: plan.id, name: account, targeted: index % 2 == 0)
      try store.addContact(
        planID: plan.id, name: text, account: account, title: samples[(index + 3) % samples.count],
        reportsTo: previous.map { _ in String(index) })
      try store.addInsight(
        planID: plan.id, account: account, row: Insight.rows[index % 5], text: text,
        concerns: samples[(index + 1) % samples.count], source: text)
      try store.addOpportunity(
        planID: plan.id, name: text, account: account, solution: samples[13],
        amountMinor: 100_000, status: index % 3 == 0 ? "won" : "open")
      try store.addAction(planID: plan.id, name: text, owner: text, dueOn: "2027-01-31")
      try store.addFeedback(planID: plan.id, text: text, speaker: text)
      previous = text
    }
    try store.updateContact(
      planID: plan.id, reference: "1", support: "mentor",
      political: "inner circle")
    try store.setContactLine(planID: plan.id, from: "1", to: "3", kind: "influence")
    try store.setContactLine(planID: plan.id, from: "2", to: "4", kind: "conflict")
    try store.linkInsights(planID: plan.id, from: 1, to: 2)
  }
}
