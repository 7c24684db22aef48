import PlanStore

/// `insight confirm|done|link|map`: validating and connecting the customer's story.
enum InsightCommandGroup {
  static let all: [CommandSpec] = [confirm, done, link, map]

  static let confirm = CommandSpec(
    "insight confirm", area: "Insight maps", summary: "mark a card confirmed, by whom, today",
    arguments: [ArgumentSpec("ID")],
    options: [OptionSpec("by", value: "WHO", help: "who confirmed it", required: true)],
    example: "insight confirm 2 --by 'Luis Ortega'"
  ) { call in
    try call.store.validateInsight(
      planID: call.planID(), id: id(call), status: "confirmed", by: call.option("by")!)
    return .message("insight \(call.argument(0)!) confirmed by \(call.option("by")!)")
  }

  static let done = CommandSpec(
    "insight done", area: "Insight maps",
    summary: "mark a card done: achieved, resolved, completed, overcome or implemented",
    arguments: [ArgumentSpec("ID")]
  ) { call in
    try call.store.validateInsight(planID: call.planID(), id: id(call), status: "done")
    return .message("insight \(call.argument(0)!) done")
  }

  static let link = CommandSpec(
    "insight link", area: "Insight maps", summary: "link one card to another",
    arguments: [ArgumentSpec("FROM"), ArgumentSpec("TO")],
    example: "insight link 2 3"
  ) { call in
    guard let to = Int64(call.argument(1)!) else {
      throw CommandError.invalidValue(option: "TO", value: call.argument(1)!, expected: "a card id")
    }
    try call.store.linkInsights(planID: call.planID(), from: id(call), to: to)
    return .message("linked insight \(call.argument(0)!) to \(to)")
  }

  static let map = CommandSpec(
    "insight map", area: "Insight maps",
    summary: "the insight map: cards in rows (goals to solutions), per account",
    options: [
      CommonOptions.account(help: "only this account's map"), PictureOptions.svg,
      PictureOptions.dot,
    ],
    example: "insight map --account 'Northwind Air' --svg air-insights.svg"
  ) { call in
    let planID = try call.planID()
    if call.option("svg") != nil || call.option("dot") != nil {
      let picture = InsightPicture(
        snapshot: try call.store.snapshot(planID: planID),
        account: try PictureOptions.accountPosition(call, planID: planID))
      return try PictureOptions.write(call, map: "insight map", svg: picture.svg, dot: picture.dot)!
    }
    let accountID = try CommonOptions.accountID(call)
    let cards = try call.store.insights(planID: planID).filter {
      accountID == nil || $0.accountID == accountID
    }
    return .text(InsightRows.render(cards, links: try call.store.insightLinks(planID: planID)))
  }

  private static func id(_ call: Invocation) throws(CommandError) -> Int64 {
    guard let id = Int64(call.argument(0)!) else {
      throw .invalidValue(option: "ID", value: call.argument(0)!, expected: "a card id")
    }
    return id
  }
}

/// Draws insight cards in the map's five rows, each card with its state and links.
enum InsightRows {
  static func render(_ cards: [Insight], links: [Int64: [Int64]]) -> String {
    if cards.isEmpty { return "no insight cards yet; add one with 'insight add TEXT --row goal'" }
    var lines: [String] = []
    var accounts: [String] = []
    for card in cards where !accounts.contains(card.accountName ?? "") {
      accounts.append(card.accountName ?? "")
    }
    for account in accounts {
      lines.append(account.isEmpty ? "(plan level)" : TerminalText.neutralized(account))
      for row in Insight.rows {
        let members = cards.filter { ($0.accountName ?? "") == account && $0.row == row }
        guard !members.isEmpty else { continue }
        lines.append("  \(row)s:")
        for card in members {
          var state = card.status
          if card.status == "confirmed" { state += " by \(card.confirmedBy)" }
          let linked = links[card.id].map { " → " + $0.map(String.init).joined(separator: ", ") }
          let text = TerminalText.neutralized(card.text)
          lines.append("    [\(card.id)] \(text) (\(state))" + (linked ?? ""))
          if !card.source.isEmpty { lines.append("        told by \(card.source)") }
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}
