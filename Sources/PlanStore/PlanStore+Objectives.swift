/// Objectives and the actions that deliver them.
extension PlanStore {
  static let objectiveColumns = """
    j.id, j.account_id, a.name, j.name, j.type, j.metric, j.owner, j.priority, j.due_on,
    j.status, (SELECT COUNT(*) FROM action x WHERE x.objective_id = j.id)
    FROM objective j LEFT JOIN account a ON a.id = j.account_id
    """

  private static let actionColumns = """
    x.id, x.objective_id, j.name, x.meeting_id, x.area, x.name, x.owner, x.due_on, x.status,
    x.created_at, x.done_at FROM action x LEFT JOIN objective j ON j.id = x.objective_id
    """

  /// Adds an objective.
  @discardableResult
  public func addObjective(
    planID: Int64, name: String, account: String? = nil, type: String = "revenue",
    metric: String = "", owner: String = "", priority: String = "medium", dueOn: String? = nil
  ) throws -> Objective {
    try requireText(name, field: "objective name")
    try requireOneOf(type, Objective.types, field: "objective type")
    try requireOneOf(priority, Objective.priorities, field: "priority")
    if let dueOn { try requireDate(dueOn, field: "due date") }
    return try transaction {
      let accountID = try account.map { name throws(StoreError) in
        try resolve(name, kind: "account", table: "account", planID: planID)
      }
      try database.run(
        "INSERT INTO objective (plan_id, account_id, name, type, metric, owner, priority, "
          + "due_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .optional(accountID), .text(name), .text(type), .text(metric),
          .text(owner), .text(priority), .optional(dueOn), .text(timestamp),
        ])
      let id = database.lastInsertedID
      try log(planID: planID, "added objective '\(name)'")
      try touch(planID: planID)
      return try objective(id: id)
    }
  }

  /// The plan's objectives, by due date.
  public func objectives(planID: Int64) throws(StoreError) -> [Objective] {
    try database.rows(
      "SELECT \(Self.objectiveColumns) WHERE j.plan_id = ? "
        + "ORDER BY j.due_on IS NULL, j.due_on, j.id", [.integer(planID)], as: Self.objective(from:)
    )
  }

  /// The objective with id `id`.
  public func objective(id: Int64) throws(StoreError) -> Objective {
    guard
      let row = try database.row("SELECT \(Self.objectiveColumns) WHERE j.id = ?", [.integer(id)])
    else { throw .notFound(kind: "objective", name: String(id)) }
    return Self.objective(from: row)
  }

  /// The plan's objective with the id written `reference`, unless an objective of the plan
  /// is also named `reference` (a number that is a name too is left to name lookup).
  public func objective(numbered reference: String, planID: Int64) throws(StoreError)
    -> Objective?
  {
    guard let id = Int64(reference), String(id) == reference else { return nil }
    return try database.row(
      """
      SELECT \(Self.objectiveColumns) WHERE j.id = ? AND j.plan_id = ? AND NOT EXISTS
        (SELECT 1 FROM objective k WHERE k.plan_id = j.plan_id AND k.name = ? COLLATE NOCASE)
      """, [.integer(id), .integer(planID), .text(reference)]
    ).map(Self.objective(from:))
  }

  /// Changes an objective's fields; nil leaves a field as it is.
  public func updateObjective(
    planID: Int64, reference: String, status: String? = nil, owner: String? = nil,
    priority: String? = nil, dueOn: String? = nil, metric: String? = nil
  ) throws {
    if let status { try requireOneOf(status, Objective.statuses, field: "status") }
    if let priority { try requireOneOf(priority, Objective.priorities, field: "priority") }
    if let dueOn { try requireDate(dueOn, field: "due date") }
    try transaction {
      let id = try resolve(reference, kind: "objective", table: "objective", planID: planID)
      try database.run(
        """
        UPDATE objective SET status = COALESCE(?, status), owner = COALESCE(?, owner),
          priority = COALESCE(?, priority), due_on = COALESCE(?, due_on),
          metric = COALESCE(?, metric), updated_at = ? WHERE id = ?
        """,
        [
          .optional(status), .optional(owner), .optional(priority), .optional(dueOn),
          .optional(metric), .text(timestamp), .integer(id),
        ])
      try log(planID: planID, "changed objective '\(reference)'")
      try touch(planID: planID)
    }
  }

  /// Adds an action, on an objective or on its own, perhaps captured in a meeting.
  @discardableResult
  public func addAction(
    planID: Int64, name: String, owner: String, dueOn: String?, objective: String? = nil,
    meetingID: Int64? = nil, area: String = ""
  ) throws -> Action {
    try requireText(name, field: "action name")
    if let dueOn { try requireDate(dueOn, field: "due date") }
    return try transaction {
      let objectiveID = try objective.map { name throws(StoreError) in
        try resolve(name, kind: "objective", table: "objective", planID: planID)
      }
      try database.run(
        "INSERT INTO action (plan_id, objective_id, meeting_id, area, name, owner, due_on, "
          + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .optional(objectiveID), .optional(meetingID), .text(area),
          .text(name), .text(owner), .optional(dueOn), .text(timestamp),
        ])
      let id = database.lastInsertedID
      try log(planID: planID, "added action '\(name)'")
      try touch(planID: planID)
      return try action(id: id)
    }
  }

  /// The plan's actions matching `filter`, by due date.
  public func actions(planID: Int64, filter: ActionFilter = ActionFilter()) throws(StoreError)
    -> [Action]
  {
    // Only the conditions in use go into the statement, so SQLite can pick an index for
    // them (`? IS NULL OR ...` would make it read every action of the plan).
    var conditions = ["x.plan_id = ?"]
    var values: [SQLValue] = [.integer(planID)]
    func require(_ condition: String, _ value: SQLValue?) {
      guard let value else { return }
      conditions.append(condition)
      values.append(value)
    }
    require("x.status = ?", filter.status.map(SQLValue.text))
    require("x.owner = ? COLLATE NOCASE", filter.owner.map(SQLValue.text))
    require("x.meeting_id = ?", filter.meetingID.map(SQLValue.integer))
    require("x.objective_id = ?", filter.objectiveID.map(SQLValue.integer))
    require("x.status = 'open' AND x.due_on < ?", filter.overdueOnly ? .text(today) : nil)
    // Overdue actions all have a due date, so the plan index gives their order unsorted.
    let order = filter.overdueOnly ? "x.due_on, x.id" : "x.due_on IS NULL, x.due_on, x.id"
    return try database.rows(
      "SELECT \(Self.actionColumns) WHERE " + conditions.joined(separator: " AND ")
        + " ORDER BY " + order, values, as: Self.action(from:))
  }

  /// The action with id `id`.
  public func action(id: Int64) throws(StoreError) -> Action {
    guard let row = try database.row("SELECT \(Self.actionColumns) WHERE x.id = ?", [.integer(id)])
    else { throw .notFound(kind: "action", name: String(id)) }
    return Self.action(from: row)
  }

  /// Changes an action's fields; nil leaves a field as it is. Status `done` stamps the time.
  public func updateAction(
    planID: Int64, reference: String, owner: String? = nil, dueOn: String? = nil,
    status: String? = nil, name: String? = nil
  ) throws {
    if let status { try requireOneOf(status, Action.statuses, field: "status") }
    if let dueOn { try requireDate(dueOn, field: "due date") }
    if let name { try requireText(name, field: "action name") }
    try transaction {
      let id = try resolve(reference, kind: "action", table: "action", planID: planID)
      let doneAt: SQLValue = status == "done" ? .text(timestamp) : .null
      try database.run(
        """
        UPDATE action SET owner = COALESCE(?, owner), due_on = COALESCE(?, due_on),
          status = COALESCE(?, status), name = COALESCE(?, name),
          done_at = CASE WHEN ? = 'open' THEN NULL ELSE COALESCE(?, done_at) END
        WHERE id = ?
        """,
        [
          .optional(owner), .optional(dueOn), .optional(status), .optional(name),
          .optional(status), doneAt, .integer(id),
        ])
      try log(planID: planID, "changed action '\(reference)'")
      try touch(planID: planID)
    }
  }

  static func objective(from row: Row) -> Objective {
    Objective(
      id: row.int(0), accountID: row.integer(1), accountName: row.text(2), name: row.string(3),
      type: row.string(4), metric: row.string(5), owner: row.string(6), priority: row.string(7),
      dueOn: row.text(8), status: row.string(9), actionCount: Int(row.int(10)))
  }

  static func action(from row: Row) -> Action {
    Action(
      id: row.int(0), objectiveID: row.integer(1), objectiveName: row.text(2),
      meetingID: row.integer(3), area: row.string(4), name: row.string(5), owner: row.string(6),
      dueOn: row.text(7), status: row.string(8), createdAt: row.string(9), doneAt: row.text(10))
  }
}

/// Which actions a listing shows.
public struct ActionFilter: Sendable {
  public var status: String?
  public var owner: String?
  public var meetingID: Int64?
  /// Only the actions that deliver this objective.
  public var objectiveID: Int64?
  public var overdueOnly = false

  public init(
    status: String? = nil, owner: String? = nil, meetingID: Int64? = nil,
    objectiveID: Int64? = nil, overdueOnly: Bool = false
  ) {
    self.status = status
    self.owner = owner
    self.meetingID = meetingID
    self.objectiveID = objectiveID
    self.overdueOnly = overdueOnly
  }
}
