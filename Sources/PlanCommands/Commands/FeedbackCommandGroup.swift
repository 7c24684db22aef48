import PlanStore

/// `feedback ...`: what the team said about the plan.
enum FeedbackCommandGroup {
  static let all: [CommandSpec] = [add, list]

  static let add = CommandSpec(
    "feedback add", area: "Meetings", summary: "record feedback outside a meeting",
    arguments: [ArgumentSpec("TEXT")],
    options: [
      OptionSpec(
        "kind", value: "KIND", help: "default feedback",
        completion: .values(Feedback.kinds)),
      OptionSpec(
        "area", value: "AREA", help: "the plan area it is about",
        completion: .values(PlanAreas.names)),
      OptionSpec("by", value: "WHO", help: "who said it"),
    ],
    example: "feedback add 'Target looks low for GenePoint' --area overview --by Ana"
  ) { call in
    let item = try call.store.addFeedback(
      planID: call.planID(), text: call.argument(0)!,
      kind: call.choice("kind", in: Feedback.kinds) ?? "feedback",
      area: call.choice("area", in: PlanAreas.names) ?? "", speaker: call.option("by") ?? "")
    return .message("recorded \(item.kind) \(item.id)")
  }

  static let list = CommandSpec(
    "feedback list", area: "Meetings",
    summary: "list feedback, questions, gaps and decisions",
    options: [
      CommonOptions.meetingFilter,
      OptionSpec(
        "kind", value: "KIND", help: "only this kind",
        completion: .values(Feedback.kinds)),
      CommonOptions.format,
    ],
    example: "feedback list --kind gap"
  ) { call in
    let meetingID = try CommonOptions.meeting(call)
    let items = try call.store.feedback(
      planID: call.planID(), meetingID: meetingID, kind: call.choice("kind", in: Feedback.kinds))
    return .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("kind", "KIND"),
          ListingColumn("area", "AREA"), ListingColumn("text", "TEXT"),
          ListingColumn("speaker", "BY"), ListingColumn("account", "ACCOUNT"),
          ListingColumn("votes", "+1", alignRight: true),
          ListingColumn("meeting_id", "MEETING", alignRight: true),
          ListingColumn("created_at", "WHEN"),
        ],
        rows: items.map {
          [
            .integer($0.id), .text($0.kind), .text($0.area), .text($0.text), .text($0.speaker),
            .optional($0.accountName), .integer(Int64($0.votes)), .optional($0.meetingID),
            .text($0.createdAt),
          ]
        },
        emptyMessage: "no feedback yet"))
  }
}

/// The plan areas a meeting walks, in order.
public enum PlanAreas {
  public static let names = [
    "overview", "details", "opportunities", "relationships", "insights", "objectives", "actions",
  ]
}
