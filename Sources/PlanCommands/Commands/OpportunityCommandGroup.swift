import PlanStore

/// `opportunity ...` and `solution ...`: the opportunity map and its columns.
enum OpportunityCommandGroup {
  static let all: [CommandSpec] = [
    add, list, set, map, whiteSpace, addSolution, listSolutions, setSolution,
  ]

  static let add = CommandSpec(
    "opportunity add", area: "Opportunity map",
    summary: "add a potential, open or won opportunity to a cell of the map",
    arguments: [ArgumentSpec("NAME")],
    options: [
      CommonOptions.account(help: "the row (account or division)"),
      OptionSpec(
        "solution", value: "SOLUTION", help: "the column (what we sell)",
        completion: .names("solution")),
      OptionSpec("amount", value: "AMOUNT", help: "value, such as 125000 or 1.5m"),
      OptionSpec("close", value: "DATE", help: "expected close date"),
      OptionSpec("stage", value: "STAGE", help: "sales stage"),
      OptionSpec(
        "status", value: "STATUS", help: "default potential",
        completion: .values(Opportunity.statuses)),
      CommonOptions.owner,
    ],
    example: "opportunity add 'Fleet analytics' --account GenePoint --amount 250k"
  ) { call in
    let opportunity = try call.store.addOpportunity(
      planID: call.planID(), name: call.argument(0)!, account: call.option("account"),
      solution: call.option("solution"), amountMinor: call.money("amount") ?? 0,
      closeDate: CommonOptions.date(call, "close"), stage: call.option("stage") ?? "",
      status: call.choice("status", in: Opportunity.statuses) ?? "potential",
      owner: call.option("owner") ?? "")
    return .message(
      "added \(opportunity.status) opportunity '\(opportunity.name)' "
        + "(id \(opportunity.id))")
  }

  static let list = CommandSpec(
    "opportunity list", area: "Opportunity map", summary: "list opportunities",
    options: [
      CommonOptions.account(help: "only this account's"),
      OptionSpec(
        "status", value: "STATUS", help: "only this status",
        completion: .values(Opportunity.statuses)),
      CommonOptions.format,
    ]
  ) { call in
    let accountID = try CommonOptions.accountID(call)
    let opportunities = try call.store.opportunities(
      planID: call.planID(), status: call.choice("status", in: Opportunity.statuses)
    ).filter { accountID == nil || $0.accountID == accountID }
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "OPPORTUNITY"),
          ListingColumn("account", "ACCOUNT"), ListingColumn("solution", "SOLUTION"),
          ListingColumn("status", "STATUS"), ListingColumn("stage", "STAGE"),
          ListingColumn("amount", "AMOUNT", alignRight: true),
          ListingColumn("close_date", "CLOSE"), ListingColumn("owner", "OWNER"),
        ],
        rows: opportunities.map {
          [
            .integer($0.id), .text($0.name), .optional($0.accountName), .optional($0.solutionName),
            .text($0.status), .text($0.stage), .money($0.amountMinor), .optional($0.closeDate),
            .text($0.owner),
          ]
        },
        emptyMessage: "no opportunities yet"))
  }

  static let set = CommandSpec(
    "opportunity set", area: "Opportunity map", summary: "change an opportunity",
    arguments: [ArgumentSpec("OPPORTUNITY", completion: .names("opportunity"))],
    options: [
      OptionSpec(
        "solution", value: "SOLUTION", help: "the column",
        completion: .names("solution")),
      OptionSpec("amount", value: "AMOUNT", help: "value"),
      OptionSpec("close", value: "DATE", help: "expected close date"),
      OptionSpec("stage", value: "STAGE", help: "sales stage"),
      OptionSpec(
        "status", value: "STATUS", help: "potential, open (qualified), won or lost",
        completion: .values(Opportunity.statuses)),
      CommonOptions.owner,
    ],
    example: "opportunity set 'Fleet analytics' --status open --stage Qualification"
  ) { call in
    try call.store.updateOpportunity(
      planID: call.planID(), reference: call.argument(0)!, solution: call.option("solution"),
      amountMinor: call.money("amount"), closeDate: CommonOptions.date(call, "close"),
      stage: call.option("stage"), status: call.choice("status", in: Opportunity.statuses),
      owner: call.option("owner"))
    return .message("changed opportunity '\(call.argument(0)!)'")
  }

  static let map = CommandSpec(
    "opportunity map", area: "Opportunity map",
    summary: "the opportunity map: accounts by solutions, with white space",
    options: [PictureOptions.svg],
    example: "opportunity map --svg map.svg"
  ) { call in
    let planID = try call.planID()
    if call.option("svg") != nil {
      let picture = OpportunityPicture(snapshot: try call.store.snapshot(planID: planID))
      return try PictureOptions.write(call, map: "opportunity map", svg: picture.svg)!
    }
    let grid = OpportunityGrid(store: call.store, planID: planID)
    return try grid.render(width: call.session.renderer.width)
  }

  static let whiteSpace = CommandSpec(
    "opportunity whitespace", area: "Opportunity map",
    summary: "the white-space report: empty cells, targeted rows and solutions first",
    options: [CommonOptions.format]
  ) { call in
    let planID = try call.planID()
    let report = WhiteSpaceReport(
      accounts: try call.store.accounts(planID: planID),
      solutions: try call.store.solutions(planID: planID).filter(\.active),
      totals: try call.store.opportunityTotals(planID: planID))
    return .listing(report.listing())
  }

  static let addSolution = CommandSpec(
    "solution add", area: "Opportunity map", summary: "add a solution (a column of the map)",
    arguments: [ArgumentSpec("NAME")],
    options: [
      OptionSpec("family", value: "FAMILY", help: "solution family"),
      OptionSpec(
        "targeted", value: "yes|no", help: "whether the team targets it",
        completion: .values(["yes", "no"])),
    ],
    example: "solution add 'Data Cloud' --family Platform"
  ) { call in
    let solution = try call.store.addSolution(
      planID: call.planID(), name: call.argument(0)!, family: call.option("family") ?? "",
      targeted: call.boolean("targeted") ?? false)
    return .message("added solution '\(solution.name)' (id \(solution.id))")
  }

  static let listSolutions = CommandSpec(
    "solution list", area: "Opportunity map", summary: "list the plan's solutions in map order",
    options: [CommonOptions.format]
  ) { call in
    .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "SOLUTION"),
          ListingColumn("family", "FAMILY"), ListingColumn("position", "ORDER", alignRight: true),
          ListingColumn("active", "ACTIVE"), ListingColumn("targeted", "TARGETED"),
        ],
        rows: try call.store.solutions(planID: call.planID()).map {
          [
            .integer($0.id), .text($0.name), .text($0.family), .integer(Int64($0.position)),
            .flag($0.active), .flag($0.targeted),
          ]
        },
        emptyMessage: "no solutions yet; add one with 'solution add NAME'"))
  }

  static let setSolution = CommandSpec(
    "solution set", area: "Opportunity map",
    summary: "change a solution: name, family, order on the map, active, targeted",
    arguments: [ArgumentSpec("SOLUTION", completion: .names("solution"))],
    options: [
      OptionSpec("name", value: "NAME", help: "new name"),
      OptionSpec("family", value: "FAMILY", help: "solution family"),
      OptionSpec("position", value: "N", help: "column order on the map, lowest first"),
      OptionSpec(
        "active", value: "yes|no", help: "whether we still sell it (no: off the map)",
        completion: .values(["yes", "no"])),
      OptionSpec(
        "targeted", value: "yes|no", help: "whether the team targets it",
        completion: .values(["yes", "no"])),
    ],
    example: "solution set 'Fleet Telematics' --position 1 --targeted yes"
  ) { call in
    var position: Int?
    if let text = call.option("position") {
      guard let value = Int(text), value >= 0 else {
        throw CommandError.invalidValue(
          option: "position", value: text,
          expected: "a whole number from 0")
      }
      position = value
    }
    try call.store.updateSolution(
      planID: call.planID(), reference: call.argument(0)!, name: call.option("name"),
      family: call.option("family"), position: position, active: call.boolean("active"),
      targeted: call.boolean("targeted"))
    return .message("changed solution '\(call.argument(0)!)'")
  }

}
