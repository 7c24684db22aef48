/// Writing the plan's work back from a snapshot: insight cards and their links,
/// objectives, meetings with their steps, actions and feedback.
extension PlanStore {
  /// Writes the snapshot's insights into the new plan.
  func restoreInsights(_ snapshot: PlanSnapshot, _ ids: inout RestoredIDs) throws {
    for insight in snapshot.insights {
      try database.run(
        """
        INSERT INTO insight (plan_id, account_id, row_kind, text, concerns, source, status,
          confirmed_by, confirmed_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), try ids.account(insight.account), .text(insight.row),
          .text(insight.text), .text(insight.concerns), .text(insight.source),
          .text(insight.status), .text(insight.confirmedBy), .optional(insight.confirmedOn),
          .text(insight.updatedAt),
        ])
      ids.insights.append(database.lastInsertedID)
    }
    for (index, insight) in snapshot.insights.enumerated() {
      for target in insight.links {
        try database.run(
          "INSERT OR IGNORE INTO insight_link (from_id, to_id) VALUES (?, ?)",
          [.integer(ids.insights[index]), try ids.insight(target)])
      }
    }
  }

  /// Writes the snapshot's objectives into the new plan.
  func restoreObjectives(_ snapshot: PlanSnapshot, _ ids: inout RestoredIDs) throws {
    for objective in snapshot.objectives {
      try database.run(
        """
        INSERT INTO objective (plan_id, account_id, name, type, metric, owner, priority,
          due_on, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), try ids.account(objective.account), .text(objective.name),
          .text(objective.type), .text(objective.metric), .text(objective.owner),
          .text(objective.priority), .optional(objective.dueOn), .text(objective.status),
          .text(objective.updatedAt),
        ])
      ids.objectives.append(database.lastInsertedID)
    }
  }

  /// Writes the snapshot's meetings into the new plan.
  func restoreMeetings(_ snapshot: PlanSnapshot, _ ids: inout RestoredIDs) throws {
    for meeting in snapshot.meetings {
      try database.run(
        """
        INSERT INTO meeting (plan_id, agenda, facilitator, participants, started_at, ended_at,
          current_step, transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), .text(meeting.agenda), .text(meeting.facilitator),
          .text(meeting.participants), .text(meeting.startedAt), .optional(meeting.endedAt),
          .integer(meeting.currentStep), .text(meeting.transcript),
        ])
      let meetingID = database.lastInsertedID
      ids.meetings.append(meetingID)
      for (position, step) in meeting.steps.enumerated() {
        try database.run(
          """
          INSERT INTO meeting_step (meeting_id, position, title, area, planned_seconds,
            started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
          [
            .integer(meetingID), .integer(Int64(position)), .text(step.title), .text(step.area),
            .integer(step.plannedSeconds), .optional(step.startedAt), .optional(step.endedAt),
          ])
      }
    }
  }

  /// Writes the snapshot's actions into the new plan.
  func restoreActions(_ snapshot: PlanSnapshot, _ ids: RestoredIDs) throws {
    for action in snapshot.actions {
      try database.run(
        """
        INSERT INTO action (plan_id, objective_id, meeting_id, area, name, owner, due_on,
          status, created_at, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), try ids.objective(action.objective),
          try ids.meeting(action.meeting), .text(action.area), .text(action.name),
          .text(action.owner), .optional(action.dueOn), .text(action.status),
          .text(action.createdAt), .optional(action.doneAt),
        ])
    }
  }

  /// Writes the snapshot's feedback into the new plan.
  func restoreFeedback(_ snapshot: PlanSnapshot, _ ids: RestoredIDs) throws {
    for item in snapshot.feedback {
      try database.run(
        """
        INSERT INTO feedback (plan_id, meeting_id, account_id, area, kind, text, speaker,
          votes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), try ids.meeting(item.meeting), try ids.account(item.account),
          .text(item.area), .text(item.kind), .text(item.text), .text(item.speaker),
          .integer(item.votes), .text(item.createdAt),
        ])
    }
  }
}
