import PlanStore

/// `account ...`: the plan's account structure.
enum AccountCommandGroup {
  static let all: [CommandSpec] = [add, list, set, remove]

  static let add = CommandSpec(
    "account add", area: "Accounts", summary: "add an account, division or roll-up",
    arguments: [ArgumentSpec("NAME")],
    options: [
      OptionSpec(
        "parent", value: "ACCOUNT", help: "the account this one belongs to",
        completion: .names("account")),
      OptionSpec("kind", value: "KIND", help: "row kind", completion: .values(Account.kinds)),
      OptionSpec(
        "segment", value: "A-D", help: "importance segment",
        completion: .values(Account.segments)),
      OptionSpec(
        "targeted", value: "yes|no", help: "whether the team targets it",
        completion: .values(["yes", "no"])),
      OptionSpec("industry", value: "TEXT", help: "industry"),
    ],
    example: "account add 'Acme Logistics' --parent Acme --kind division --segment A"
  ) { call in
    let account = try call.store.addAccount(
      planID: call.planID(), name: call.argument(0)!, parent: call.option("parent"),
      kind: call.choice("kind", in: Account.kinds)
        ?? (call.option("parent") == nil
          ? "account" : "division"),
      segment: call.choice("segment", in: Account.segments),
      targeted: call.boolean("targeted") ?? false, industry: call.option("industry") ?? "")
    return .message("added \(account.kind) '\(account.name)' (id \(account.id))")
  }

  static let list = CommandSpec(
    "account list", area: "Accounts", summary: "list the plan's accounts and divisions",
    options: [CommonOptions.format]
  ) { call in
    let accounts = try call.store.accounts(planID: call.planID())
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "ACCOUNT"),
          ListingColumn("kind", "KIND"), ListingColumn("parent", "PARENT"),
          ListingColumn("segment", "SEG"), ListingColumn("targeted", "TARGETED"),
          ListingColumn("industry", "INDUSTRY"), ListingColumn("relationship", "RELATIONSHIP"),
        ],
        rows: accounts.map {
          [
            .integer($0.id), .text($0.name), .text($0.kind), .optional($0.parentName),
            .optional($0.segment), .flag($0.targeted), .text($0.industry),
            .optional($0.relationship),
          ]
        },
        emptyMessage: "no accounts yet; add one with 'account add NAME' or import them"))
  }

  static let set = CommandSpec(
    "account set", area: "Accounts", summary: "change an account's name, segment or targeting",
    arguments: [ArgumentSpec("ACCOUNT", completion: .names("account"))],
    options: [
      OptionSpec("name", value: "NAME", help: "new name"),
      OptionSpec(
        "segment", value: "A-D", help: "importance segment",
        completion: .values(Account.segments)),
      OptionSpec(
        "targeted", value: "yes|no", help: "whether the team targets it",
        completion: .values(["yes", "no"])),
      OptionSpec("industry", value: "TEXT", help: "industry"),
      OptionSpec(
        "relationship", value: "LEVEL", help: "how the customer sees us here",
        completion: .values(PlanStore.relationshipLevels)),
    ],
    example: "account set GenePoint --segment A --targeted yes --relationship 'problem solver'"
  ) { call in
    try call.store.updateAccount(
      planID: call.planID(), reference: call.argument(0)!, name: call.option("name"),
      segment: call.choice("segment", in: Account.segments), targeted: call.boolean("targeted"),
      industry: call.option("industry"),
      relationship: call.choice("relationship", in: PlanStore.relationshipLevels))
    return .message("changed account '\(call.argument(0)!)'")
  }

  static let remove = CommandSpec(
    "account remove", area: "Accounts", summary: "remove an account with its divisions",
    arguments: [ArgumentSpec("ACCOUNT", completion: .names("account"))],
    options: [OptionSpec("force", help: "also remove its contacts, opportunities and objectives")],
    example: "account remove 'Old Co' --force"
  ) { call in
    let account = try call.store.account(named: call.argument(0)!, planID: call.planID())
    try call.store.removeAccount(
      planID: call.planID(), reference: String(account.id), force: call.flag("force"))
    return .message("removed account '\(account.name)'")
  }
}
