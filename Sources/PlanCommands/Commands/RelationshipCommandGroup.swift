import PlanStore

/// `contact level`, `contact line`, `contact profile`: the relationship map's attributes.
enum RelationshipCommandGroup {
  static let all: [CommandSpec] = [level, line, profile, levels]

  static let level = CommandSpec(
    "contact level", area: "Relationships",
    summary: "set a team member's current and desired relationship level with a contact",
    arguments: [ArgumentSpec("CONTACT", completion: .names("contact"))],
    options: [
      OptionSpec("member", value: "WHO", help: "the team member", required: true),
      OptionSpec(
        "current", value: "LEVEL", help: "where the relationship is",
        completion: .values(PlanStore.relationshipLevels)),
      OptionSpec(
        "desired", value: "LEVEL", help: "where it should be",
        completion: .values(PlanStore.relationshipLevels)),
    ],
    example: "contact level 'Luis Ortega' --member 'Sam Reyes' --current 'credible source' "
      + "--desired 'trusted advisor'"
  ) { call in
    try call.store.setRelationship(
      planID: call.planID(), contact: call.argument(0)!, member: call.option("member")!,
      current: call.choice("current", in: PlanStore.relationshipLevels),
      desired: call.choice("desired", in: PlanStore.relationshipLevels))
    return .message("set \(call.option("member")!)'s relationship with \(call.argument(0)!)")
  }

  static let levels = CommandSpec(
    "contact levels", area: "Relationships",
    summary: "list every team member's relationship levels with contacts",
    options: [CommonOptions.format]
  ) { call in
    .listing(
      Listing(
        columns: [
          ListingColumn("contact", "CONTACT"), ListingColumn("member", "MEMBER"),
          ListingColumn("current", "CURRENT"), ListingColumn("desired", "DESIRED"),
        ],
        rows: try call.store.relationships(planID: call.planID()).map {
          [.text($0.contact), .text($0.member), .optional($0.current), .optional($0.desired)]
        },
        emptyMessage: "no relationship levels yet; set them with 'contact level'"))
  }

  static let line = CommandSpec(
    "contact line", area: "Relationships",
    summary: "draw a line of influence or conflict from one contact to another",
    arguments: [
      ArgumentSpec("FROM", completion: .names("contact")),
      ArgumentSpec("TO", completion: .names("contact")),
    ],
    options: [
      OptionSpec(
        "kind", value: "KIND", help: "influence (default) or conflict",
        completion: .values(["influence", "conflict"])),
      OptionSpec("remove", help: "erase the line instead"),
    ],
    example: "contact line 'Priya Nair' 'Luis Ortega' --kind influence"
  ) { call in
    let kind = try call.choice("kind", in: ["influence", "conflict"]) ?? "influence"
    try call.store.setContactLine(
      planID: call.planID(), from: call.argument(0)!, to: call.argument(1)!, kind: kind,
      remove: call.flag("remove"))
    return .message((call.flag("remove") ? "erased" : "drew") + " the \(kind) line")
  }

  static let profile = CommandSpec(
    "contact profile", area: "Relationships",
    summary: "mark a contact as external or a placeholder persona, and their orientation",
    arguments: [ArgumentSpec("CONTACT", completion: .names("contact"))],
    options: [
      OptionSpec(
        "kind", value: "KIND", help: "contact, external or persona",
        completion: .values(["contact", "external", "persona"])),
      OptionSpec(
        "orientation", value: "ORIENTATION", help: "how they decide",
        completion: .values(["financial", "technical", "relationship", "business"])),
    ],
    example: "contact profile 'CFO (to be found)' --kind persona --orientation financial"
  ) { call in
    try call.store.setContactProfile(
      planID: call.planID(), reference: call.argument(0)!,
      kind: call.choice("kind", in: ["contact", "external", "persona"]),
      orientation: call.choice(
        "orientation",
        in: ["financial", "technical", "relationship", "business"]))
    return .message("changed contact '\(call.argument(0)!)'")
  }
}
