import PlanStore

/// `action ...`: owned, dated pieces of work.
enum ActionCommandGroup {
  static let all: [CommandSpec] = [add, list, set, done]

  static let add = CommandSpec(
    "action add", area: "Objectives and actions",
    summary: "add an action with an owner and a due date",
    arguments: [ArgumentSpec("NAME")],
    options: [
      OptionSpec(
        "owner", value: "WHO", help: "who does it", required: true,
        completion: .names("owner")),
      OptionSpec(
        "due", value: "DATE", help: "due date: YYYY-MM-DD, today or +N days",
        required: true),
      OptionSpec(
        "objective", value: "OBJECTIVE", help: "the objective it delivers",
        completion: .names("objective")),
    ],
    example: "action add 'Book a call with Amy' --owner Sam --due +7"
  ) { call in
    let action = try call.store.addAction(
      planID: call.planID(), name: call.argument(0)!, owner: CommonOptions.ownerName(call)!,
      dueOn: CommonOptions.date(call, "due"), objective: call.option("objective"))
    return .message(
      "added action '\(action.name)' (id \(action.id)) for \(action.owner), "
        + "due \(action.dueOn ?? "-")")
  }

  static let list = CommandSpec(
    "action list", area: "Objectives and actions", summary: "list actions; overdue ones are marked",
    options: [
      OptionSpec(
        "status", value: "STATUS", help: "only open or done actions",
        completion: .values(Action.statuses)),
      OptionSpec("owner", value: "WHO", help: "only this owner's", completion: .names("owner")),
      OptionSpec("overdue", help: "only open actions past their due date"),
      CommonOptions.meetingFilter,
      CommonOptions.format,
    ],
    example: "action list --overdue"
  ) { call in
    let filter = ActionFilter(
      status: try call.choice("status", in: Action.statuses),
      owner: try CommonOptions.ownerName(call), meetingID: try CommonOptions.meeting(call),
      overdueOnly: call.flag("overdue"))
    let today = call.store.today
    let actions = try call.store.actions(planID: call.planID(), filter: filter)
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "ACTION"),
          ListingColumn("owner", "OWNER"), ListingColumn("due_on", "DUE"),
          ListingColumn("status", "STATUS"), ListingColumn("objective", "OBJECTIVE"),
          ListingColumn("area", "AREA"), ListingColumn("meeting_id", "MEETING", alignRight: true),
        ],
        rows: actions.map {
          [
            .integer($0.id), .text($0.name), .text($0.owner), .optional($0.dueOn),
            .text($0.isOverdue(today: today) ? "overdue" : $0.status), .optional($0.objectiveName),
            .text($0.area), .optional($0.meetingID),
          ]
        },
        emptyMessage: "no actions match"))
  }

  static let set = CommandSpec(
    "action set", area: "Objectives and actions", summary: "change an action",
    arguments: [ArgumentSpec("ACTION", completion: .names("action"))],
    options: [
      CommonOptions.owner,
      OptionSpec("due", value: "DATE", help: "due date: YYYY-MM-DD, today or +N days"),
      OptionSpec(
        "status", value: "STATUS", help: "open or done",
        completion: .values(Action.statuses)),
      OptionSpec("name", value: "TEXT", help: "new wording"),
    ],
    example: "action set 3 --due 2027-01-15"
  ) { call in
    try call.store.updateAction(
      planID: call.planID(), reference: call.argument(0)!, owner: CommonOptions.ownerName(call),
      dueOn: CommonOptions.date(call, "due"), status: call.choice("status", in: Action.statuses),
      name: call.option("name"))
    return .message("changed action '\(call.argument(0)!)'")
  }

  static let done = CommandSpec(
    "action done", area: "Objectives and actions", summary: "mark actions done",
    arguments: [ArgumentSpec("ACTION", repeats: true, completion: .names("action"))],
    example: "action done 3 4"
  ) { call in
    let planID = try call.planID()
    try call.store.transaction {
      for reference in call.arguments {
        try call.store.updateAction(planID: planID, reference: reference, status: "done")
      }
    }
    return .message("marked done: " + call.arguments.joined(separator: ", "))
  }
}
