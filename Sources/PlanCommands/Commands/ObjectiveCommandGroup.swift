import PlanStore

/// `objective ...`: the goals that deliver the plan's strategy.
enum ObjectiveCommandGroup {
  static let all: [CommandSpec] = [add, list, show, set]

  static let add = CommandSpec(
    "objective add", area: "Objectives and actions", summary: "add an objective",
    arguments: [ArgumentSpec("NAME")],
    options: [
      CommonOptions.account(),
      OptionSpec(
        "type", value: "TYPE", help: "objective type",
        completion: .values(Objective.types)),
      OptionSpec("metric", value: "TEXT", help: "how success is measured"),
      CommonOptions.owner,
      OptionSpec(
        "priority", value: "PRIORITY", help: "default medium",
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
    "objective list", area: "Objectives and actions",
    summary: "list objectives, filtered by owner, account, status, priority or due date",
    options: [
      CommonOptions.owner, CommonOptions.account(help: "only this account's"),
      OptionSpec(
        "status", value: "STATUS", help: "only this status",
        completion: .values(Objective.statuses)),
      OptionSpec(
        "priority", value: "PRIORITY", help: "only this priority",
        completion: .values(Objective.priorities)),
      OptionSpec("due-before", value: "DATE", help: "only those due before DATE"),
      CommonOptions.format,
    ],
    example: "objective list --owner 'Sam Reyes' --status 'in progress'"
  ) { call in
    let accountID = try CommonOptions.accountID(call)
    let status = try call.choice("status", in: Objective.statuses)
    let priority = try call.choice("priority", in: Objective.priorities)
    let dueBefore = try CommonOptions.date(call, "due-before")
    let owner = call.option("owner")?.lowercased()
    let objectives = try call.store.objectives(planID: call.planID()).filter { objective in
      (accountID == nil || objective.accountID == accountID)
        && (status == nil || objective.status == status)
        && (priority == nil || objective.priority == priority)
        && (owner == nil || objective.owner.lowercased() == owner)
        && (dueBefore == nil || (objective.dueOn.map { $0 < dueBefore! } ?? false))
    }
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "OBJECTIVE"),
          ListingColumn("type", "TYPE"), ListingColumn("account", "ACCOUNT"),
          ListingColumn("owner", "OWNER"), ListingColumn("priority", "PRIORITY"),
          ListingColumn("due_on", "DUE"), ListingColumn("status", "STATUS"),
          ListingColumn("actions", "ACTIONS", alignRight: true),
        ],
        rows: objectives.map {
          [
            .integer($0.id), .text($0.name), .text($0.type), .optional($0.accountName),
            .text($0.owner), .text($0.priority), .optional($0.dueOn), .text($0.status),
            .integer(Int64($0.actionCount)),
          ]
        },
        emptyMessage: "no objectives yet; add one with 'objective add NAME'"))
  }

  static let show = CommandSpec(
    "objective show", area: "Objectives and actions",
    summary: "an objective with its actions, and whether it has the two it needs",
    arguments: [ArgumentSpec("OBJECTIVE", completion: .names("objective"))]
  ) { call in
    let planID = try call.planID()
    let reference = call.argument(0)!
    let objective = try objective(reference, planID: planID, store: call.store)
    let actions = try call.store.actions(
      planID: planID, filter: ActionFilter(objectiveID: objective.id))
    let ready = actions.filter { !$0.owner.isEmpty && $0.dueOn != nil }.count
    var lines = [
      "\(objective.name) (\(objective.type), \(objective.priority) priority)",
      "Account  \(objective.accountName ?? "-")",
      "Owner    \(objective.owner.isEmpty ? "-" : objective.owner)",
      "Metric   \(objective.metric.isEmpty ? "-" : objective.metric)",
      "Due      \(objective.dueOn ?? "-")", "Status   \(objective.status)", "",
      "Actions (\(ready) owned and dated"
        + (ready < 2 ? "; a good objective has two or more)" : ")"),
    ]
    let today = call.store.today
    lines += actions.map {
      "  \($0.id). \($0.name) — \($0.owner), due \($0.dueOn ?? "-"), "
        + ($0.isOverdue(today: today) ? "overdue" : $0.status)
    }
    return .text(lines.joined(separator: "\n"))
  }

  /// The objective `reference` names: by id, else the first by that name (by due date),
  /// else the only one whose name starts with it. An id is looked up directly, without
  /// reading every objective of the plan.
  private static func objective(_ reference: String, planID: Int64, store: PlanStore) throws
    -> Objective
  {
    if let objective = try store.objective(numbered: reference, planID: planID) {
      return objective
    }
    let objectives = try store.objectives(planID: planID)
    guard
      let objective = objectives.first(where: {
        String($0.id) == reference || $0.name.lowercased() == reference.lowercased()
      })
        ?? objectives.filter({ $0.name.lowercased().hasPrefix(reference.lowercased()) })
        .onlyElement
    else { throw StoreError.notFound(kind: "objective", name: reference) }
    return objective
  }

  static let set = CommandSpec(
    "objective set", area: "Objectives and actions", summary: "change an objective",
    arguments: [ArgumentSpec("OBJECTIVE", completion: .names("objective"))],
    options: [
      OptionSpec(
        "status", value: "STATUS", help: "progress",
        completion: .values(Objective.statuses)),
      CommonOptions.owner,
      OptionSpec(
        "priority", value: "PRIORITY", help: "priority",
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

extension Array {
  /// The single element, or nil when there are none or several.
  var onlyElement: Element? { count == 1 ? first : nil }
}
