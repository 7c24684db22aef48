import PlanStore

/// `details ...` and `insight ...`: plan details and insight maps.
enum DetailCommandGroup {
  static let all: [CommandSpec] = [show, answer, addInsight, listInsights]

  static let show = CommandSpec(
    "details show", area: "Plan details",
    summary: "strategy, background and research questions with their answers and section colours",
    options: [CommonOptions.account(help: "show this account's research questions")],
    example: "details show"
  ) { call in
    let planID = try call.planID()
    let accountID = try CommonOptions.accountID(call)
    let answers = try call.store.details(planID: planID, accountID: accountID)
    return .text(DetailSections.render(answers, research: accountID != nil))
  }

  static let answer = CommandSpec(
    "details answer", area: "Plan details", summary: "answer a plan-detail question",
    arguments: [ArgumentSpec("QUESTION")],
    options: [
      OptionSpec(
        "rating", value: "RATING", help: "how it stands", required: true,
        completion: .values(["favourable", "unknown", "unfavourable"])),
      OptionSpec("text", value: "TEXT", help: "what we know"),
      CommonOptions.account(help: "answer for this account's research"),
    ],
    example: "details answer strategy.growth --rating favourable --text 'Two new divisions'"
  ) { call in
    let planID = try call.planID()
    let rating = try call.choice("rating", in: ["favourable", "unknown", "unfavourable"])!
    let accountID = try CommonOptions.accountID(call)
    try call.store.answer(
      planID: planID, accountID: accountID, code: call.argument(0)!,
      rating: DetailAnswer.ratings[rating], text: call.option("text") ?? "")
    return .message("answered \(call.argument(0)!)")
  }

  static let addInsight = CommandSpec(
    "insight add", area: "Insight maps", summary: "add a card to an account's insight map",
    arguments: [ArgumentSpec("TEXT")],
    options: [
      CommonOptions.account(),
      OptionSpec(
        "row", value: "ROW", help: "which row of the map", required: true,
        completion: .values(Insight.rows)),
      OptionSpec("concerns", value: "WHO", help: "who it concerns"),
      OptionSpec("source", value: "WHO", help: "who told us"),
      OptionSpec("section", value: "NAME", help: "a named section of the map"),
    ],
    example: "insight add 'Cut logistics cost 10%' --account GenePoint --row goal --source Amy"
  ) { call in
    let insight = try call.store.addInsight(
      planID: call.planID(), account: call.option("account"),
      row: call.choice("row", in: Insight.rows)!, text: call.argument(0)!,
      concerns: call.option("concerns") ?? "", source: call.option("source") ?? "",
      section: call.option("section") ?? "")
    return .message("added \(insight.row) card \(insight.id)")
  }

  static let listInsights = CommandSpec(
    "insight list", area: "Insight maps", summary: "list insight cards by account and row",
    options: [CommonOptions.account(help: "only this account's map"), CommonOptions.format]
  ) { call in
    let accountID = try CommonOptions.accountID(call)
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("account", "ACCOUNT"),
          ListingColumn("row", "ROW"), ListingColumn("text", "CARD"),
          ListingColumn("source", "SOURCE"), ListingColumn("status", "STATUS"),
        ],
        rows: try call.store.insights(planID: call.planID()).filter {
          accountID == nil || $0.accountID == accountID
        }.map {
          [
            .integer($0.id), .optional($0.accountName), .text($0.row), .text($0.text),
            .text($0.source), .text($0.status),
          ]
        },
        emptyMessage: "no insight cards yet; add one with 'insight add TEXT --row goal'"))
  }
}

/// Draws plan-detail questions grouped in sections, each coloured by its score.
enum DetailSections {
  /// Plan-level sections carry a colour; an account's research questions track how
  /// complete the research is instead.
  static func render(_ answers: [DetailAnswer], research: Bool = false) -> String {
    if answers.isEmpty { return "the plan type asks no questions here" }
    if research {
      let answered = answers.filter { $0.rating != nil || !$0.text.isEmpty }.count
      let percent = answered * 100 / answers.count
      var lines = ["Research: \(answered) of \(answers.count) answered (\(percent)% complete)"]
      for answer in answers {
        let mark = answer.rating != nil || !answer.text.isEmpty ? "x" : " "
        lines.append("  [\(mark)] \(answer.code): \(answer.question)")
        if !answer.text.isEmpty { lines.append("      \(answer.text)") }
      }
      return lines.joined(separator: "\n")
    }
    var sections: [String] = []
    for answer in answers where !sections.contains(answer.section) {
      sections.append(answer.section)
    }
    var lines: [String] = []
    for section in sections {
      let members = answers.filter { $0.section == section }
      lines.append("\(section) [\(DetailAnswer.colour(of: members))]")
      for answer in members {
        let mark = answer.rating.map { $0 > 0 ? "+" : $0 < 0 ? "-" : "?" } ?? " "
        lines.append("  [\(mark)] \(answer.code): \(answer.question)")
        if !answer.text.isEmpty { lines.append("      \(answer.text)") }
      }
    }
    return lines.joined(separator: "\n")
  }
}
