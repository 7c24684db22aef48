import PlanStore

/// `objective ...`: the goals that deliver the plan's strategy.
enum ObjectiveCommandGroup {
  static let all: [CommandSpec] = [add, list, set]

  static let add = CommandSpec(
    "objective add", area: "Objectives and actions", summary: "add an objective",
    arguments: [ArgumentSpec("NAME")],
    options: [
      CommonOptions.account(),
      OptionSpec("type", value: "TYPE", help: "objective type",
        completion: .values(Objective.types)),
      OptionSpec("metric", value: "TEXT", help: "how success is measured"),
      CommonOptions.owner,
      OptionSpec("priority", value: "PRIORITY", help: "default medium",
        completion: .values(Objective.priorities)),
      CommonOptions.due,
    ],
    example: "objective add 'Win the analytics renewal' --owner Sam --due 2027-03-31"
  ) { call in
    let objective = try call.store.addObjective(
      planID: call.planID(), name: call.argument(0)!, account: call.option("account"),
      type: call.choice("type", in: Objective.types) ?? "revenue",
      metric: call.option("metric") ?? "", owner: call.option("owner") ?? "",
      priority: call.choice("priority", in: Objective.priorities) ?? "medium",
      dueOn: CommonOptions.date(call, "due"))
    return .message("added objective '\(objective.name)' (id \(objective.id))")
  }

  static let list = CommandSpec(
    "objective list", area: "Objectives and actions", summary: "list objectives",
    options: [CommonOptions.format]
  ) { call in
    .listing(Listing(
      columns: [
        ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "OBJECTIVE"),
        ListingColumn("type", "TYPE"), ListingColumn("account", "ACCOUNT"),
        ListingColumn("owner", "OWNER"), ListingColumn("priority", "PRIORITY"),
        ListingColumn("due_on", "DUE"), ListingColumn("status", "STATUS"),
        ListingColumn("actions", "ACTIONS", alignRight: true),
      ],
      rows: try call.store.objectives(planID: call.planID()).map {
        [.integer($0.id), .text($0.name), .text($0.type), .optional($0.accountName),
         .text($0.owner), .text($0.priority), .optional($0.dueOn), .text($0.status),
         .integer(Int64($0.actionCount))]
      },
      emptyMessage: "no objectives yet; add one with 'objective add NAME'"))
  }

  static let set = CommandSpec(
    "objective set", area: "Objectives and actions", summary: "change an objective",
    arguments: [ArgumentSpec("OBJECTIVE", completion: .names("objective"))],
    options: [
      OptionSpec("status", value: "STATUS", help: "progress",
        completion: .values(Objective.statuses)),
      CommonOptions.owner,
      OptionSpec("priority", value: "PRIORITY", help: "priority",
        completion: .values(Objective.priorities)),
      CommonOptions.due,
      OptionSpec("metric", value: "TEXT", help: "how success is measured"),
    ],
    example: "objective set 1 --status 'in progress'"
  ) { call in
    try call.store.updateObjective(
      planID: call.planID(), reference: call.argument(0)!,
      status: call.choice("status", in: Objective.statuses), owner: call.option("owner"),
      priority: call.choice("priority", in: Objective.priorities),
      dueOn: CommonOptions.date(call, "due"), metric: call.option("metric"))
    return .message("changed objective '\(call.argument(0)!)'")
  }
}
