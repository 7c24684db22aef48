import PlanStore

/// `team ...` and `target ...`: who works on the plan, and what it must deliver when.
enum TeamCommandGroup {
  static let all: [CommandSpec] = [add, list, remove, addTarget, listTargets, removeTarget]

  static let add = CommandSpec(
    "team add", area: "Plans", summary: "add a team member, or change their access and role",
    arguments: [ArgumentSpec("NAME")],
    options: [
      OptionSpec(
        "access", value: "ACCESS", help: "owner (one per plan), edit or view",
        completion: .values(TeamMember.accessLevels)),
      OptionSpec("role", value: "ROLE", help: "such as presales or customer success"),
    ],
    example: "team add 'Ana Lima' --access edit --role presales"
  ) { call in
    let member = try call.store.addTeamMember(
      planID: call.planID(), name: call.argument(0)!,
      access: call.choice("access", in: TeamMember.accessLevels) ?? "edit",
      role: call.option("role") ?? "")
    return .message("\(member.name) is on the team with \(member.access) access")
  }

  static let list = CommandSpec(
    "team list", area: "Plans", summary: "list the plan's team", options: [CommonOptions.format]
  ) { call in
    .listing(
      Listing(
        columns: [
          ListingColumn("name", "MEMBER"), ListingColumn("access", "ACCESS"),
          ListingColumn("role", "ROLE"),
        ],
        rows: try call.store.team(planID: call.planID()).map {
          [.text($0.name), .text($0.access), .text($0.role)]
        },
        emptyMessage: "no team yet; add members with 'team add NAME'"))
  }

  static let remove = CommandSpec(
    "team remove", area: "Plans", summary: "take a member off the team",
    arguments: [ArgumentSpec("NAME")]
  ) { call in
    try call.store.removeTeamMember(planID: call.planID(), name: call.argument(0)!)
    return .message("removed \(call.argument(0)!) from the team")
  }

  static let addTarget = CommandSpec(
    "target add", area: "Plans",
    summary: "add a target period; periods run back to back and sum to the plan's target",
    options: [
      OptionSpec("from", value: "DATE", help: "first day", required: true),
      OptionSpec("to", value: "DATE", help: "last day", required: true),
      OptionSpec("amount", value: "AMOUNT", help: "revenue target", required: true),
    ],
    example: "target add --from 2027-01-01 --to 2027-06-30 --amount 1.5m"
  ) { call in
    try call.store.addTargetPeriod(
      planID: call.planID(), startsOn: CommonOptions.date(call, "from")!,
      endsOn: CommonOptions.date(call, "to")!, targetMinor: call.money("amount")!)
    let plan = try call.session.requirePlan()
    return .message("plan target is now \(Money.format(plan.targetMinor)) \(plan.currency)")
  }

  static let listTargets = CommandSpec(
    "target list", area: "Plans", summary: "list the target periods",
    options: [CommonOptions.format]
  ) { call in
    .listing(
      Listing(
        columns: [
          ListingColumn("starts_on", "FROM"), ListingColumn("ends_on", "TO"),
          ListingColumn("target", "TARGET", alignRight: true),
        ],
        rows: try call.store.targetPeriods(planID: call.planID()).map {
          [.text($0.startsOn), .text($0.endsOn), .money($0.targetMinor)]
        },
        emptyMessage: "no target periods; the plan's target is set with 'plan set --target'"))
  }

  static let removeTarget = CommandSpec(
    "target remove", area: "Plans", summary: "remove the last target period"
  ) { call in
    try call.store.removeLastTargetPeriod(planID: call.planID())
    return .message("removed the last target period")
  }
}
