import PlanStore

/// `plan ...`: create, choose, list, show and change plans.
enum PlanCommandGroup {
  static let all: [CommandSpec] = [new, list, use, show, set, types, check]

  static let new = CommandSpec(
    "plan new", area: "Plans", summary: "create a plan and make it current",
    arguments: [ArgumentSpec("NAME")],
    options: [
      OptionSpec(
        "type", value: "TYPE", help: "plan type (default enterprise)",
        completion: .names("plan type")),
      OptionSpec("owner", value: "WHO", help: "plan owner (default: you)"),
      OptionSpec("currency", value: "CODE", help: "currency code (default USD)"),
      OptionSpec("target", value: "AMOUNT", help: "revenue target for the plan"),
    ],
    example: "plan new 'Acme 2027' --type enterprise --target 2m",
    guide: "At a terminal, a plan new with no options asks for the type, team, accounts, "
      + "solutions and targets in turn; Enter skips a step."
  ) { call in
    let store = call.store
    // Read the target before writing, so a bad one leaves no plan behind.
    let target = try call.money("target")
    let plan = try store.transaction {
      let plan = try store.createPlan(
        name: call.argument(0)!, typeName: call.option("type") ?? "enterprise",
        owner: call.option("owner") ?? store.user, currency: call.option("currency") ?? "USD")
      if let target { try store.updatePlan(id: plan.id, targetMinor: target) }
      return plan
    }
    try call.session.usePlan(String(plan.id))
    let created = "created plan '\(plan.name)'; it is now the current plan"
    guard call.session.input.isInteractive && call.options.isEmpty else {
      return .message(created.replacingOccurrences(of: "'; it", with: "' (\(plan.typeName)); it"))
    }
    call.session.write(.message(created + ". A few questions to set it up:"))
    let done = try PlanWizard(call: call, planID: plan.id).run()
    return .message(
      done.isEmpty
        ? "set up later with team add, account add, solution add "
          + "and target add" : "set up: " + done.joined(separator: ", "))
  }

  static let list = CommandSpec(
    "plan list", area: "Plans", summary: "list every plan in the store",
    options: [CommonOptions.format]
  ) { call in
    let plans = try call.store.plans()
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "PLAN"),
          ListingColumn("type", "TYPE"), ListingColumn("owner", "OWNER"),
          ListingColumn("target", "TARGET", alignRight: true),
          ListingColumn("updated_at", "UPDATED"),
        ],
        rows: plans.map {
          [
            .integer($0.id), .text($0.name), .text($0.typeName), .text($0.owner),
            .money($0.targetMinor), .text($0.updatedAt),
          ]
        },
        emptyMessage: "no plans yet; create one with 'plan new NAME'"))
  }

  static let use = CommandSpec(
    "plan use", area: "Plans", summary: "make a plan the current one",
    arguments: [ArgumentSpec("NAME", completion: .names("plan"))],
    example: "plan use 'Acme 2027'"
  ) { call in
    let plan = try call.session.usePlan(call.argument(0)!)
    return .message("current plan: \(plan.name)")
  }

  static let show = CommandSpec(
    "plan show", area: "Plans", summary: "the plan overview: the essentials of every area",
    example: "plan show"
  ) { call in
    .text(try PlanOverview(store: call.store, plan: call.session.requirePlan()).text())
  }

  static let set = CommandSpec(
    "plan set", area: "Plans", summary: "change the current plan's type, owner, target or dates",
    options: [
      OptionSpec(
        "type", value: "TYPE", help: "plan type; answers are kept across changes",
        completion: .names("plan type")),
      OptionSpec("owner", value: "WHO", help: "plan owner"),
      OptionSpec("target", value: "AMOUNT", help: "revenue target"),
      OptionSpec("start", value: "DATE", help: "first day of the plan"),
      OptionSpec("end", value: "DATE", help: "last day of the plan"),
    ],
    example: "plan set --target 1.5m --start 2027-01-01 --end 2027-12-31"
  ) { call in
    let plan = try call.session.requirePlan()
    try call.store.updatePlan(
      id: plan.id, type: call.option("type"), owner: call.option("owner"),
      targetMinor: call.money("target"), startsOn: CommonOptions.date(call, "start"),
      endsOn: CommonOptions.date(call, "end"))
    return .message("changed plan '\(plan.name)'")
  }

  static let types = CommandSpec(
    "plan types", area: "Plans",
    summary: "list the plan types; --load defines one from a plan-type file",
    options: [
      OptionSpec(
        "load", value: "FILE", help: "define (or redefine) a type from FILE first",
        completion: .files),
      CommonOptions.format,
    ],
    example: "plan types --load samples/strategic-partner.plantype"
  ) { call in
    if let path = call.option("load") {
      let file = try PlanTypeFile.read(path)
      let result = try call.store.definePlanType(
        name: file.name, description: file.description, questions: file.questions)
      call.session.write(
        .message(
          (result.created ? "defined" : "redefined")
            + " plan type '\(file.name)' with \(result.questions) questions"))
    }
    return .listing(
      Listing(
        columns: [ListingColumn("name", "TYPE"), ListingColumn("description", "FOR")],
        rows: try call.store.planTypes().map { [.text($0.name), .text($0.description)] },
        emptyMessage: "no plan types"))
  }

  static let check = CommandSpec(
    "plan check", area: "Plans",
    summary: "test the plan for gaps: thin objectives, uncovered contacts, overdue actions...",
    arguments: [
      ArgumentSpec(
        "CHECK", required: false,
        completion: .values(PlanStore.checks.map(\.name)))
    ],
    options: [CommonOptions.format],
    example: "plan check overdue-actions"
  ) { call in
    let findings = try call.store.findings(planID: call.planID(), check: call.argument(0))
    return .listing(
      Listing(
        columns: [
          ListingColumn("area", "AREA"), ListingColumn("check", "CHECK"),
          ListingColumn("message", "FINDING"),
        ],
        rows: findings.map { [.text($0.area), .text($0.check), .text($0.message)] },
        emptyMessage: "no findings: the plan passes " + (call.argument(0) ?? "every check")))
  }
}
