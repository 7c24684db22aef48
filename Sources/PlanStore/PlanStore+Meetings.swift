/// Meetings, their steps, and the feedback captured in them.
extension PlanStore {
  static let meetingColumns = """
    id, plan_id, agenda, facilitator, participants, started_at, ended_at, current_step,
    transcript FROM meeting
    """

  /// Starts a meeting record with its planned steps.
  public func startMeeting(
    planID: Int64, agenda: String, facilitator: String, participants: String,
    steps: [(title: String, area: String, plannedSeconds: Int)], transcript: String
  ) throws -> Meeting {
    try transaction {
      try database.run(
        "INSERT INTO meeting (plan_id, agenda, facilitator, participants, started_at, "
          + "transcript) VALUES (?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .text(agenda), .text(facilitator), .text(participants),
          .text(timestamp), .text(transcript),
        ])
      let id = database.lastInsertedID
      for (position, step) in steps.enumerated() {
        try database.run(
          "INSERT INTO meeting_step (meeting_id, position, title, area, planned_seconds) "
            + "VALUES (?, ?, ?, ?, ?)",
          [
            .integer(id), .integer(Int64(position)), .text(step.title), .text(step.area),
            .integer(Int64(step.plannedSeconds)),
          ])
      }
      try log(planID: planID, "started meeting \(id) from agenda '\(agenda)'")
      return try meeting(id: id)
    }
  }

  /// The meeting with id `id`.
  public func meeting(id: Int64) throws(StoreError) -> Meeting {
    guard let row = try database.row("SELECT \(Self.meetingColumns) WHERE id = ?", [.integer(id)])
    else { throw .notFound(kind: "meeting", name: String(id)) }
    return Self.meeting(from: row)
  }

  /// The plan's meetings, oldest first.
  public func meetings(planID: Int64) throws(StoreError) -> [Meeting] {
    try database.rows(
      "SELECT \(Self.meetingColumns) WHERE plan_id = ? ORDER BY started_at, id",
      [.integer(planID)], as: Self.meeting(from:)
    )
  }

  /// The plan's newest meeting that has not ended, if any.
  public func openMeeting(planID: Int64) throws(StoreError) -> Meeting? {
    try database.row(
      "SELECT \(Self.meetingColumns) WHERE plan_id = ? AND ended_at IS NULL "
        + "ORDER BY id DESC LIMIT 1", [.integer(planID)]
    ).map(Self.meeting(from:))
  }

  /// The meeting's planned steps, in order, with their times.
  public func meetingSteps(meetingID: Int64) throws(StoreError) -> [MeetingStep] {
    try database.rows(
      "SELECT position, title, area, planned_seconds, started_at, ended_at FROM meeting_step "
        + "WHERE meeting_id = ? ORDER BY position", [.integer(meetingID)]
    ).map {
      MeetingStep(
        position: Int($0.int(0)), title: $0.string(1), area: $0.string(2),
        plannedSeconds: Int($0.int(3)), startedAt: $0.text(4), endedAt: $0.text(5))
    }
  }

  /// Records that the meeting has entered step `position` now.
  public func enterStep(meetingID: Int64, position: Int) throws {
    try transaction {
      try database.run(
        "UPDATE meeting_step SET started_at = COALESCE(started_at, ?) "
          + "WHERE meeting_id = ? AND position = ?",
        [.text(timestamp), .integer(meetingID), .integer(Int64(position))])
      try database.run(
        "UPDATE meeting SET current_step = ? WHERE id = ?",
        [.integer(Int64(position)), .integer(meetingID)])
    }
  }

  /// Records that the meeting has left step `position` now.
  public func leaveStep(meetingID: Int64, position: Int) throws {
    try database.run(
      "UPDATE meeting_step SET ended_at = ? WHERE meeting_id = ? AND position = ?",
      [.text(timestamp), .integer(meetingID), .integer(Int64(position))])
  }

  /// Closes the meeting now.
  public func endMeeting(id: Int64) throws {
    try transaction {
      try database.run(
        "UPDATE meeting SET ended_at = ? WHERE id = ?", [.text(timestamp), .integer(id)])
    }
  }

  /// Captures one piece of feedback; committed at once when not inside another transaction.
  @discardableResult
  public func addFeedback(
    planID: Int64, text: String, kind: String = "feedback", area: String = "",
    speaker: String = "", meetingID: Int64? = nil, accountID: Int64? = nil
  ) throws -> Feedback {
    try requireText(text, field: "feedback")
    try requireOneOf(kind, Feedback.kinds, field: "feedback kind")
    return try transaction {
      try database.run(
        "INSERT INTO feedback (plan_id, meeting_id, area, kind, text, speaker, created_at, "
          + "account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .optional(meetingID), .text(area), .text(kind), .text(text),
          .text(speaker), .text(timestamp), .optional(accountID),
        ])
      let id = database.lastInsertedID
      try log(planID: planID, "captured \(kind) \(id)")
      return Feedback(
        id: id, meetingID: meetingID, area: area, kind: kind, text: text, speaker: speaker,
        createdAt: timestamp)
    }
  }

  /// The plan's feedback, optionally from one meeting or of one kind, oldest first.
  public func feedback(planID: Int64, meetingID: Int64? = nil, kind: String? = nil)
    throws(StoreError) -> [Feedback]
  {
    try database.rows(
      """
      SELECT f.id, f.meeting_id, f.area, f.kind, f.text, f.speaker, f.created_at, f.votes, a.name
      FROM feedback f LEFT JOIN account a ON a.id = f.account_id
      WHERE f.plan_id = ? AND (? IS NULL OR f.meeting_id = ?) AND (? IS NULL OR f.kind = ?)
      ORDER BY f.created_at, f.id
      """,
      [
        .integer(planID), .optional(meetingID), .optional(meetingID), .optional(kind),
        .optional(kind),
      ]
    ).map {
      Feedback(
        id: $0.int(0), meetingID: $0.integer(1), area: $0.string(2), kind: $0.string(3),
        text: $0.string(4), speaker: $0.string(5), createdAt: $0.string(6),
        votes: Int($0.int(7)), accountName: $0.text(8))
    }
  }

  /// Adds a vote (+1) to a piece of feedback, such as a reviewer agreeing with a gap.
  public func vote(planID: Int64, feedbackID: Int64) throws -> Feedback {
    try transaction {
      try database.run(
        "UPDATE feedback SET votes = votes + 1 WHERE plan_id = ? AND id = ?",
        [.integer(planID), .integer(feedbackID)])
      guard database.changes == 1,
        let item = try feedback(planID: planID).first(where: { $0.id == feedbackID })
      else { throw StoreError.notFound(kind: "feedback", name: String(feedbackID)) }
      try log(planID: planID, "voted for \(item.kind) \(feedbackID)")
      return item
    }
  }

  static func meeting(from row: Row) -> Meeting {
    Meeting(
      id: row.int(0), planID: row.int(1), agenda: row.string(2), facilitator: row.string(3),
      participants: row.string(4), startedAt: row.string(5), endedAt: row.text(6),
      currentStep: Int(row.int(7)), transcript: row.string(8))
  }
}
