import PlanStore

/// `opportunity cell` and `opportunity landscape`: one cell of the opportunity map.
enum CellCommandGroup {
  static let all: [CommandSpec] = [cell, landscape]

  private static let cellArguments = [
    ArgumentSpec("ACCOUNT", completion: .names("account")),
    ArgumentSpec("SOLUTION", completion: .names("solution")),
  ]

  static let cell = CommandSpec(
    "opportunity cell", area: "Opportunity map",
    summary: "one cell of the map: its potential, current and won opportunities and landscape",
    arguments: cellArguments,
    example: "opportunity cell 'Northwind Air' 'Route Optimizer'"
  ) { call in
    let planID = try call.planID()
    let account = try call.store.account(named: call.argument(0)!, planID: planID)
    let landscape = try call.store.landscape(
      planID: planID, account: call.argument(0)!, solution: call.argument(1)!)
    let solution = try call.store.solution(named: call.argument(1)!, planID: planID)
    let inCell = try call.store.opportunities(planID: planID).filter {
      $0.accountID == account.id && $0.solutionID == solution.id
    }
    var lines = ["\(account.name) × \(solution.name)"]
    for status in ["potential", "open", "won", "lost"] {
      for item in inCell where item.status == status {
        lines.append(
          "  \(status.padding(toLength: 9, withPad: " ", startingAt: 0)) "
            + "\(Money.format(item.amountMinor).leftPadded(12))  \(item.name)")
      }
    }
    if inCell.isEmpty { lines.append("  white space: no opportunities yet") }
    if let landscape {
      lines.append(
        "  spend \(Money.format(landscape.spendMinor)), our share "
          + "\(landscape.ourShare)%, competitors: "
          + (landscape.competitors.isEmpty ? "none named" : landscape.competitors))
    }
    return .text(lines.joined(separator: "\n"))
  }

  static let landscape = CommandSpec(
    "opportunity landscape", area: "Opportunity map",
    summary: "describe a cell's market: the customer's spend, our share, competitors",
    arguments: cellArguments,
    options: [
      OptionSpec("spend", value: "AMOUNT", help: "what the customer spends on it a year"),
      OptionSpec("share", value: "PERCENT", help: "our share of that spend, 0 to 100"),
      OptionSpec("competitors", value: "LIST", help: "who else sells it to them"),
    ],
    example: "opportunity landscape 'Northwind Road' 'Fleet Telematics' --spend 900k --share 20"
  ) { call in
    var share: Int?
    if let text = call.option("share") {
      guard let value = Int(text.replacingOccurrences(of: "%", with: "")) else {
        throw CommandError.invalidValue(option: "share", value: text, expected: "a percentage")
      }
      share = value
    }
    try call.store.setLandscape(
      planID: call.planID(), account: call.argument(0)!, solution: call.argument(1)!,
      spendMinor: call.money("spend"), ourShare: share, competitors: call.option("competitors"))
    return .message("described the market of \(call.argument(0)!) × \(call.argument(1)!)")
  }
}
