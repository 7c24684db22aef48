import PlanStore

/// Reading the plan's work: insight cards, objectives, meetings, actions and feedback.
extension PlanExportReader {
  /// The insight at `item`, checked field by field.
  func insight(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Insight {
    let fields = try record(
      item,
      [
        "key", "account", "row", "text", "concerns", "source", "status", "confirmed_by",
        "confirmed_on", "links", "updated_at",
      ])
    var card = PlanSnapshot.Insight()
    card.account = try fields.reference("account", keys("account"), kind: "account")
    card.row = try fields.choice("row", Insight.rows, "goal")
    card.text = try fields.required("text")
    card.concerns = try fields.text("concerns")
    card.source = try fields.text("source")
    card.status = try fields.choice("status", Insight.statuses, "unconfirmed")
    card.confirmedBy = try fields.text("confirmed_by")
    card.confirmedOn = try fields.date("confirmed_on")
    for link in try fields.items("links") {
      guard case .string(let key) = link.value, let position = keys("insight")[key] else {
        throw ExportProblem(path: link.path, reason: "a link names an insight by its key")
      }
      card.links.append(position)
    }
    card.updatedAt = try fields.timestamp("updated_at")
    return card
  }

  /// The objective at `item`, checked field by field.
  func objective(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Objective {
    let fields = try record(
      item,
      [
        "key", "name", "account", "type", "metric", "owner", "priority", "due_on", "status",
        "updated_at",
      ])
    var objective = PlanSnapshot.Objective()
    objective.name = try fields.required("name")
    objective.account = try fields.reference("account", keys("account"), kind: "account")
    objective.type = try fields.choice("type", Objective.types, "revenue")
    objective.metric = try fields.text("metric")
    objective.owner = try fields.text("owner")
    objective.priority = try fields.choice("priority", Objective.priorities, "medium")
    objective.dueOn = try fields.date("due_on")
    objective.status = try fields.choice("status", Objective.statuses, "not started")
    objective.updatedAt = try fields.timestamp("updated_at")
    return objective
  }

  /// The meeting at `item`, checked field by field.
  func meeting(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Meeting {
    let fields = try record(
      item,
      [
        "key", "agenda", "facilitator", "participants", "started_at", "ended_at",
        "current_step", "transcript", "steps",
      ])
    var meeting = PlanSnapshot.Meeting()
    meeting.agenda = try fields.required("agenda")
    meeting.facilitator = try fields.text("facilitator")
    meeting.participants = try fields.text("participants")
    meeting.startedAt = try fields.timestamp("started_at")
    meeting.endedAt = try fields.optionalTimestamp("ended_at")
    meeting.currentStep = try fields.integer("current_step")
    meeting.transcript = try fields.text("transcript")
    meeting.steps = try fields.items("steps").map(step)
    return meeting
  }

  /// The step at `item`, checked field by field.
  func step(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Step {
    let fields = try record(item, ["title", "area", "planned_seconds", "started_at", "ended_at"])
    var step = PlanSnapshot.Step()
    step.title = try fields.required("title")
    step.area = try fields.text("area")
    step.plannedSeconds = try fields.integer("planned_seconds")
    step.startedAt = try fields.optionalTimestamp("started_at")
    step.endedAt = try fields.optionalTimestamp("ended_at")
    return step
  }

  /// The action at `item`, checked field by field.
  func action(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Action {
    let fields = try record(
      item,
      [
        "key", "name", "objective", "meeting", "area", "owner", "due_on", "status",
        "created_at", "done_at",
      ])
    var action = PlanSnapshot.Action()
    action.name = try fields.required("name")
    action.objective = try fields.reference("objective", keys("objective"), kind: "objective")
    action.meeting = try fields.reference("meeting", keys("meeting"), kind: "meeting")
    action.area = try fields.text("area")
    action.owner = try fields.text("owner")
    action.dueOn = try fields.date("due_on")
    action.status = try fields.choice("status", Action.statuses, "open")
    action.createdAt = try fields.timestamp("created_at")
    action.doneAt = try fields.optionalTimestamp("done_at")
    return action
  }

  /// The feedback at `item`, checked field by field.
  func feedback(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Feedback {
    let fields = try record(
      item,
      [
        "key", "meeting", "account", "area", "kind", "text", "speaker", "votes", "created_at",
      ])
    var feedback = PlanSnapshot.Feedback()
    feedback.meeting = try fields.reference("meeting", keys("meeting"), kind: "meeting")
    feedback.account = try fields.reference("account", keys("account"), kind: "account")
    feedback.area = try fields.text("area")
    feedback.kind = try fields.choice("kind", Feedback.kinds, "feedback")
    feedback.text = try fields.required("text")
    feedback.speaker = try fields.text("speaker")
    feedback.votes = try fields.integer("votes")
    feedback.createdAt = try fields.timestamp("created_at")
    return feedback
  }
}
