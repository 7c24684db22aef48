/// Reading the plan's work into a snapshot: detail answers, insight cards, objectives,
/// meetings, actions and feedback.
extension PlanStore {
  /// The plan's answers, in creation order, as snapshot values.
  func snapshotAnswers(_ planID: Int64, _ places: SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Answer]
  {
    try database.rows(
      """
      SELECT account_id, question_code, rating, text, updated_at FROM answer
      WHERE plan_id = ? ORDER BY account_id, question_code
      """, [.integer(planID)]
    ).compactMap { row in
      var answer = PlanSnapshot.Answer()
      if row.int(0) != 0 {
        guard let account = places.accounts[row.int(0)] else { return nil }
        answer.account = account
      }
      answer.question = row.string(1)
      answer.rating = row.integer(2).map(Int.init)
      answer.text = row.string(3)
      answer.updatedAt = row.string(4)
      return answer
    }
  }

  /// The plan's insights, in creation order, as snapshot values.
  func snapshotInsights(_ planID: Int64, _ places: inout SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Insight]
  {
    let rows = try database.rows(
      """
      SELECT id, account_id, row_kind, text, concerns, source, status, confirmed_by,
        confirmed_on, updated_at FROM insight WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)])
    places.insights = SnapshotPlaces.index(rows.map { $0.int(0) })
    var links: [Int: [Int]] = [:]
    for row in try database.rows(
      "SELECT l.from_id, l.to_id FROM insight_link l JOIN insight i ON i.id = l.from_id "
        + "WHERE i.plan_id = ? ORDER BY l.from_id, l.to_id", [.integer(planID)])
    {
      guard let from = places.insights[row.int(0)], let to = places.insights[row.int(1)]
      else { continue }
      links[from, default: []].append(to)
    }
    return rows.enumerated().map { [places] index, row in
      var insight = PlanSnapshot.Insight()
      insight.account = row.integer(1).flatMap { places.accounts[$0] }
      insight.row = row.string(2)
      insight.text = row.string(3)
      insight.concerns = row.string(4)
      insight.source = row.string(5)
      insight.status = row.string(6)
      insight.confirmedBy = row.string(7)
      insight.confirmedOn = row.text(8)
      insight.updatedAt = row.string(9)
      insight.links = links[index] ?? []
      return insight
    }
  }

  /// The plan's objectives, in creation order, as snapshot values.
  func snapshotObjectives(_ planID: Int64, _ places: inout SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Objective]
  {
    let rows = try database.rows(
      """
      SELECT id, account_id, name, type, metric, owner, priority, due_on, status, updated_at
      FROM objective WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)])
    places.objectives = SnapshotPlaces.index(rows.map { $0.int(0) })
    return rows.map { [places] row in
      var objective = PlanSnapshot.Objective()
      objective.account = row.integer(1).flatMap { places.accounts[$0] }
      objective.name = row.string(2)
      objective.type = row.string(3)
      objective.metric = row.string(4)
      objective.owner = row.string(5)
      objective.priority = row.string(6)
      objective.dueOn = row.text(7)
      objective.status = row.string(8)
      objective.updatedAt = row.string(9)
      return objective
    }
  }

  /// The plan's meetings, in creation order, as snapshot values.
  func snapshotMeetings(_ planID: Int64, _ places: inout SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Meeting]
  {
    let rows = try database.rows(
      """
      SELECT id, agenda, facilitator, participants, started_at, ended_at, current_step,
        transcript FROM meeting WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)])
    places.meetings = SnapshotPlaces.index(rows.map { $0.int(0) })
    var meetings: [PlanSnapshot.Meeting] = []
    for row in rows {
      var meeting = PlanSnapshot.Meeting()
      meeting.agenda = row.string(1)
      meeting.facilitator = row.string(2)
      meeting.participants = row.string(3)
      meeting.startedAt = row.string(4)
      meeting.endedAt = row.text(5)
      meeting.currentStep = row.int(6)
      meeting.transcript = row.string(7)
      meeting.steps = try snapshotSteps(meetingID: row.int(0))
      meetings.append(meeting)
    }
    return meetings
  }

  private func snapshotSteps(meetingID: Int64) throws(StoreError) -> [PlanSnapshot.Step] {
    try database.rows(
      "SELECT title, area, planned_seconds, started_at, ended_at FROM meeting_step "
        + "WHERE meeting_id = ? ORDER BY position", [.integer(meetingID)]
    ).map { row in
      var step = PlanSnapshot.Step()
      step.title = row.string(0)
      step.area = row.string(1)
      step.plannedSeconds = row.int(2)
      step.startedAt = row.text(3)
      step.endedAt = row.text(4)
      return step
    }
  }

  /// The plan's actions, in creation order, as snapshot values.
  func snapshotActions(_ planID: Int64, _ places: SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Action]
  {
    try database.rows(
      """
      SELECT objective_id, meeting_id, area, name, owner, due_on, status, created_at, done_at
      FROM action WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)]
    ).map { row in
      var action = PlanSnapshot.Action()
      action.objective = row.integer(0).flatMap { places.objectives[$0] }
      action.meeting = row.integer(1).flatMap { places.meetings[$0] }
      action.area = row.string(2)
      action.name = row.string(3)
      action.owner = row.string(4)
      action.dueOn = row.text(5)
      action.status = row.string(6)
      action.createdAt = row.string(7)
      action.doneAt = row.text(8)
      return action
    }
  }

  /// The plan's feedback, in creation order, as snapshot values.
  func snapshotFeedback(_ planID: Int64, _ places: SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Feedback]
  {
    try database.rows(
      """
      SELECT meeting_id, account_id, area, kind, text, speaker, votes, created_at
      FROM feedback WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)]
    ).map { row in
      var item = PlanSnapshot.Feedback()
      item.meeting = row.integer(0).flatMap { places.meetings[$0] }
      item.account = row.integer(1).flatMap { places.accounts[$0] }
      item.area = row.string(2)
      item.kind = row.string(3)
      item.text = row.string(4)
      item.speaker = row.string(5)
      item.votes = row.int(6)
      item.createdAt = row.string(7)
      return item
    }
  }
}
