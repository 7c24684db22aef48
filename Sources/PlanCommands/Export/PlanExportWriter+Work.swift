import PlanStore

/// The plan's work in the export: insight cards, objectives, meetings, actions, feedback.
extension PlanExportWriter {
  /// A insight as the export writes it.
  static func insight(_ index: Int, _ card: PlanSnapshot.Insight) -> ExportJSON {
    .object([
      ("key", .string(key("insight", index))), ("account", reference("account", card.account)),
      ("row", .string(card.row)), ("text", .string(card.text)),
      ("concerns", .string(card.concerns)), ("source", .string(card.source)),
      ("status", .string(card.status)), ("confirmed_by", .string(card.confirmedBy)),
      ("confirmed_on", .optional(card.confirmedOn)),
      ("links", .array(card.links.map { reference("insight", $0) })),
      ("updated_at", .string(card.updatedAt)),
    ])
  }

  /// A objective as the export writes it.
  static func objective(_ index: Int, _ objective: PlanSnapshot.Objective) -> ExportJSON {
    .object([
      ("key", .string(key("objective", index))), ("name", .string(objective.name)),
      ("account", reference("account", objective.account)), ("type", .string(objective.type)),
      ("metric", .string(objective.metric)), ("owner", .string(objective.owner)),
      ("priority", .string(objective.priority)), ("due_on", .optional(objective.dueOn)),
      ("status", .string(objective.status)), ("updated_at", .string(objective.updatedAt)),
    ])
  }

  /// A meeting as the export writes it.
  static func meeting(_ index: Int, _ meeting: PlanSnapshot.Meeting) -> ExportJSON {
    .object([
      ("key", .string(key("meeting", index))), ("agenda", .string(meeting.agenda)),
      ("facilitator", .string(meeting.facilitator)),
      ("participants", .string(meeting.participants)),
      ("started_at", .string(meeting.startedAt)), ("ended_at", .optional(meeting.endedAt)),
      ("current_step", .integer(meeting.currentStep)),
      ("transcript", .string(meeting.transcript)),
      ("steps", .array(meeting.steps.map(step))),
    ])
  }

  /// A step as the export writes it.
  static func step(_ step: PlanSnapshot.Step) -> ExportJSON {
    .object([
      ("title", .string(step.title)), ("area", .string(step.area)),
      ("planned_seconds", .integer(step.plannedSeconds)),
      ("started_at", .optional(step.startedAt)), ("ended_at", .optional(step.endedAt)),
    ])
  }

  /// A action as the export writes it.
  static func action(_ index: Int, _ action: PlanSnapshot.Action) -> ExportJSON {
    .object([
      ("key", .string(key("action", index))), ("name", .string(action.name)),
      ("objective", reference("objective", action.objective)),
      ("meeting", reference("meeting", action.meeting)), ("area", .string(action.area)),
      ("owner", .string(action.owner)), ("due_on", .optional(action.dueOn)),
      ("status", .string(action.status)), ("created_at", .string(action.createdAt)),
      ("done_at", .optional(action.doneAt)),
    ])
  }

  /// A feedback as the export writes it.
  static func feedback(_ index: Int, _ item: PlanSnapshot.Feedback) -> ExportJSON {
    .object([
      ("key", .string(key("feedback", index))),
      ("meeting", reference("meeting", item.meeting)),
      ("account", reference("account", item.account)), ("area", .string(item.area)),
      ("kind", .string(item.kind)), ("text", .string(item.text)),
      ("speaker", .string(item.speaker)), ("votes", .integer(item.votes)),
      ("created_at", .string(item.createdAt)),
    ])
  }
}
