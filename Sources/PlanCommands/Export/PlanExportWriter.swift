import PlanStore

/// Writes a plan snapshot as the plan export format (docs/plan-export.md).
enum PlanExportWriter {
  /// The value of the top-level `format` member.
  static let format = "plansh-plan"
  /// The schema version this plansh writes and reads.
  static let version: Int64 = 1

  /// The export's text: pretty-printed JSON ending in a newline.
  static func text(_ snapshot: PlanSnapshot) -> String {
    document(snapshot).text() + "\n"
  }

  /// The key of the record at `position` of `kind`: `account-1` for the first account.
  static func key(_ kind: String, _ position: Int) -> String { "\(kind)-\(position + 1)" }

  /// The key of the `kind` at `position`, or null.
  static func reference(_ kind: String, _ position: Int?) -> ExportJSON {
    position.map { .string(key(kind, $0)) } ?? .null
  }

  private static func document(_ snapshot: PlanSnapshot) -> ExportJSON {
    .object([
      ("format", .string(format)), ("version", .integer(version)),
      ("plan", plan(snapshot.plan)),
      ("team", .array(snapshot.team.map(member))),
      ("target_periods", .array(snapshot.targetPeriods.map(period))),
      ("accounts", .array(snapshot.accounts.enumerated().map(account))),
      ("solutions", .array(snapshot.solutions.enumerated().map(solution))),
      ("opportunities", .array(snapshot.opportunities.enumerated().map(opportunity))),
      ("landscape", .array(snapshot.landscape.map(landscape))),
      ("contacts", .array(snapshot.contacts.enumerated().map(contact))),
      ("relationship_levels", .array(snapshot.relationships.map(relationship))),
      ("contact_lines", .array(snapshot.contactLines.map(line))),
      ("detail_answers", .array(snapshot.answers.map(answer))),
      ("insights", .array(snapshot.insights.enumerated().map(insight))),
      ("objectives", .array(snapshot.objectives.enumerated().map(objective))),
      ("meetings", .array(snapshot.meetings.enumerated().map(meeting))),
      ("actions", .array(snapshot.actions.enumerated().map(action))),
      ("feedback", .array(snapshot.feedback.enumerated().map(feedback))),
    ])
  }

  private static func plan(_ plan: PlanSnapshot.Plan) -> ExportJSON {
    .object([
      ("name", .string(plan.name)), ("type", .optional(plan.type)),
      ("owner", .string(plan.owner)), ("currency", .string(plan.currency)),
      ("starts_on", .optional(plan.startsOn)), ("ends_on", .optional(plan.endsOn)),
      ("target_minor", .integer(plan.targetMinor)), ("created_at", .string(plan.createdAt)),
      ("updated_at", .string(plan.updatedAt)),
    ])
  }

  private static func member(_ member: PlanSnapshot.TeamMember) -> ExportJSON {
    .object([
      ("name", .string(member.name)), ("access", .string(member.access)),
      ("role", .string(member.role)),
    ])
  }

  private static func period(_ period: PlanSnapshot.TargetPeriod) -> ExportJSON {
    .object([
      ("starts_on", .string(period.startsOn)), ("ends_on", .string(period.endsOn)),
      ("target_minor", .integer(period.targetMinor)),
    ])
  }

  private static func account(_ index: Int, _ account: PlanSnapshot.Account) -> ExportJSON {
    .object([
      ("key", .string(key("account", index))), ("name", .string(account.name)),
      ("parent", reference("account", account.parent)), ("kind", .string(account.kind)),
      ("segment", .optional(account.segment)), ("targeted", .bool(account.targeted)),
      ("industry", .string(account.industry)), ("external_ref", .optional(account.externalRef)),
      ("updated_at", .string(account.updatedAt)),
    ])
  }

  private static func solution(_ index: Int, _ solution: PlanSnapshot.Solution) -> ExportJSON {
    .object([
      ("key", .string(key("solution", index))), ("name", .string(solution.name)),
      ("family", .string(solution.family)), ("targeted", .bool(solution.targeted)),
      ("external_ref", .optional(solution.externalRef)),
    ])
  }

  private static func opportunity(_ index: Int, _ item: PlanSnapshot.Opportunity) -> ExportJSON {
    .object([
      ("key", .string(key("opportunity", index))), ("name", .string(item.name)),
      ("account", reference("account", item.account)),
      ("solution", reference("solution", item.solution)),
      ("amount_minor", .integer(item.amountMinor)), ("close_date", .optional(item.closeDate)),
      ("stage", .string(item.stage)), ("status", .string(item.status)),
      ("owner", .string(item.owner)), ("external_ref", .optional(item.externalRef)),
      ("updated_at", .string(item.updatedAt)),
    ])
  }

  private static func landscape(_ cell: PlanSnapshot.LandscapeCell) -> ExportJSON {
    .object([
      ("account", reference("account", cell.account)),
      ("solution", reference("solution", cell.solution)),
      ("spend_minor", .integer(cell.spendMinor)), ("our_share", .integer(cell.ourShare)),
      ("competitors", .string(cell.competitors)),
    ])
  }

  private static func contact(_ index: Int, _ contact: PlanSnapshot.Contact) -> ExportJSON {
    .object([
      ("key", .string(key("contact", index))), ("name", .string(contact.name)),
      ("account", reference("account", contact.account)), ("title", .string(contact.title)),
      ("email", .string(contact.email)), ("phone", .string(contact.phone)),
      ("reports_to", reference("contact", contact.reportsTo)),
      ("support", .optional(contact.support)), ("political", .optional(contact.political)),
      ("coverage", .optional(contact.coverage)), ("kind", .string(contact.kind)),
      ("orientation", .optional(contact.orientation)),
      ("external_ref", .optional(contact.externalRef)),
      ("updated_at", .string(contact.updatedAt)),
    ])
  }

  private static func relationship(_ item: PlanSnapshot.Relationship) -> ExportJSON {
    .object([
      ("contact", reference("contact", item.contact)), ("member", .string(item.member)),
      ("current", .optional(item.current)), ("desired", .optional(item.desired)),
    ])
  }

  private static func line(_ line: PlanSnapshot.ContactLine) -> ExportJSON {
    .object([
      ("from", reference("contact", line.from)), ("to", reference("contact", line.to)),
      ("kind", .string(line.kind)),
    ])
  }

  private static func answer(_ answer: PlanSnapshot.Answer) -> ExportJSON {
    let rating = answer.rating.flatMap { value in
      DetailAnswer.ratings.first { $0.value == value }?.key
    }
    return .object([
      ("account", reference("account", answer.account)),
      ("question", .string(answer.question)), ("rating", .optional(rating)),
      ("text", .string(answer.text)), ("updated_at", .string(answer.updatedAt)),
    ])
  }
}
