import PlanStore

/// `contact ...`: people at the accounts, and the relationship map.
enum ContactCommandGroup {
  static let all: [CommandSpec] = [add, list, set, map]

  static let add = CommandSpec(
    "contact add", area: "Relationships", summary: "add a contact at an account",
    arguments: [ArgumentSpec("NAME")],
    options: [
      CommonOptions.account(help: "the account the contact works at"),
      OptionSpec("title", value: "TITLE", help: "job title"),
      OptionSpec("email", value: "ADDRESS", help: "email address"),
      OptionSpec(
        "reports-to", value: "CONTACT", help: "the contact's manager",
        completion: .names("contact")),
    ],
    example: "contact add 'Amy Taylor' --account 'Alpha Dynamics' --title 'VP of Engineering'"
  ) { call in
    let contact = try call.store.addContact(
      planID: call.planID(), name: call.argument(0)!, account: call.option("account"),
      title: call.option("title") ?? "", email: call.option("email") ?? "",
      reportsTo: call.option("reports-to"))
    return .message("added contact '\(contact.name)' (id \(contact.id))")
  }

  static let list = CommandSpec(
    "contact list", area: "Relationships", summary: "list contacts, optionally at one account",
    options: [CommonOptions.account(help: "only contacts at this account"), CommonOptions.format]
  ) { call in
    let planID = try call.planID()
    let accountID = try CommonOptions.accountID(call)
    let contacts = try call.store.contacts(planID: planID, accountID: accountID)
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("name", "CONTACT"),
          ListingColumn("title", "TITLE"), ListingColumn("account", "ACCOUNT"),
          ListingColumn("reports_to", "REPORTS TO"), ListingColumn("support", "SUPPORT"),
          ListingColumn("political", "POLITICAL"), ListingColumn("coverage", "COVERAGE"),
          ListingColumn("email", "EMAIL"),
        ],
        rows: contacts.map {
          [
            .integer($0.id), .text($0.name), .text($0.title), .optional($0.accountName),
            .optional($0.reportsToName), .optional($0.support), .optional($0.political),
            .optional($0.coverage), .text($0.email),
          ]
        },
        emptyMessage: "no contacts yet; add one with 'contact add NAME --account ACCOUNT'"))
  }

  static let set = CommandSpec(
    "contact set", area: "Relationships", summary: "change a contact's title, manager or support",
    arguments: [ArgumentSpec("CONTACT", completion: .names("contact"))],
    options: [
      OptionSpec("title", value: "TITLE", help: "job title"),
      OptionSpec(
        "reports-to", value: "CONTACT", help: "the contact's manager",
        completion: .names("contact")),
      OptionSpec(
        "support", value: "LEVEL", help: "how the contact stands toward us",
        completion: .values(Contact.supportLevels)),
      OptionSpec("email", value: "ADDRESS", help: "email address"),
      OptionSpec(
        "political", value: "STATUS",
        help: "inner circle or political structure (a key player), or none",
        completion: .values(Contact.politicalStatuses + ["none"])),
      OptionSpec(
        "coverage", value: "LEVEL", help: "how well the team covers the contact",
        completion: .values(Contact.coverageLevels)),
    ],
    example: "contact set 'Amy Taylor' --reports-to 'Jennifer Wu' --support mentor"
  ) { call in
    try call.store.updateContact(
      planID: call.planID(), reference: call.argument(0)!, title: call.option("title"),
      reportsTo: call.option("reports-to"),
      support: call.choice("support", in: Contact.supportLevels), email: call.option("email"),
      political: call.choice("political", in: Contact.politicalStatuses + ["none"]),
      coverage: call.choice("coverage", in: Contact.coverageLevels))
    return .message("changed contact '\(call.argument(0)!)'")
  }

  static let map = CommandSpec(
    "contact map", area: "Relationships",
    summary: "the relationship map: contacts by account, as a reporting tree",
    options: [
      CommonOptions.account(help: "only this account's map (with its divisions)"),
      PictureOptions.svg, PictureOptions.dot,
    ],
    example: "contact map --account 'Alpha Dynamics' --svg alpha.svg"
  ) { call in
    let planID = try call.planID()
    if call.option("svg") != nil || call.option("dot") != nil {
      let picture = RelationshipPicture(
        snapshot: try call.store.snapshot(planID: planID),
        account: try PictureOptions.accountPosition(call, planID: planID))
      return try PictureOptions.write(
        call, map: "relationship map", svg: picture.svg, dot: picture.dot)!
    }
    let accountID = try CommonOptions.accountID(call)
    let contacts = try call.store.mapContacts(planID: planID, accountID: accountID)
    // As bytes, one piece: the largest maps are thousands of lines, drawn as bytes.
    let map = RelationshipTree.utf8(contacts)
    return .lines(OutputLines(count: 1, utf8: { _ in map }))
  }
}
