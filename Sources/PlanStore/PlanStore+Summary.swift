/// The plan overview's figures, counted with aggregate queries: a plan with tens of
/// thousands of opportunities, contacts and actions is summed in SQLite, not in memory.
extension PlanStore {
  /// How many of each thing the plan holds, with the few rows the overview names.
  public func summary(of plan: Plan) throws(StoreError) -> PlanSummary {
    let planID = SQLValue.integer(plan.id)
    let pipeline = try opportunityFigures(plan)
    let accounts = try counts(
      "SELECT COUNT(*), SUM(targeted <> 0) FROM account WHERE plan_id = ?", [planID])
    let contacts = try counts(
      "SELECT COUNT(*), SUM(support IN ('mentor', 'supporter')) FROM contact WHERE plan_id = ?",
      [planID])
    let objectives = try counts(
      "SELECT COUNT(*), SUM(status IN ('in progress', 'not started')) FROM objective "
        + "WHERE plan_id = ?", [planID])
    let actions = try counts(
      "SELECT COUNT(*), SUM(due_on < ?) FROM action WHERE plan_id = ? AND status = 'open'",
      [.text(today), planID])
    return PlanSummary(
      openCount: pipeline.openCount, openMinor: pipeline.openMinor,
      wonCount: pipeline.wonCount, wonMinor: pipeline.wonMinor,
      largestOpen: try largestOpenOpportunities(plan),
      accountRows: accounts.0, targetedRows: accounts.1,
      contactCount: contacts.0, supporterCount: contacts.1,
      firstSupporters: try firstSupporters(planID: plan.id),
      objectiveCount: objectives.0, activeObjectiveCount: objectives.1,
      firstActiveObjectives: try firstActiveObjectives(planID: plan.id),
      openActionCount: actions.0, overdueActionCount: actions.1,
      lastMeeting: try lastMeeting(planID: plan.id))
  }

  /// Opportunities of the plan closing in its period: undated, or dated within the
  /// period's ends where they are set. Only the ends in use go into the statement.
  private func inPlanPeriod(_ plan: Plan) -> (sql: String, values: [SQLValue]) {
    var sql = "o.plan_id = ?"
    var values: [SQLValue] = [.integer(plan.id)]
    if let start = plan.startsOn {
      sql += " AND (o.close_date IS NULL OR o.close_date >= ?)"
      values.append(.text(start))
    }
    if let end = plan.endsOn {
      sql += " AND (o.close_date IS NULL OR o.close_date <= ?)"
      values.append(.text(end))
    }
    return (sql, values)
  }

  private func opportunityFigures(_ plan: Plan) throws(StoreError)
    -> (openCount: Int, openMinor: Int64, wonCount: Int, wonMinor: Int64)
  {
    let period = inPlanPeriod(plan)
    let rows = try database.rows(
      """
      SELECT o.status, COUNT(*), SUM(o.amount_minor) FROM opportunity o
      WHERE \(period.sql) AND o.status IN ('open', 'won') GROUP BY o.status
      """, period.values)
    let open = rows.first { $0.string(0) == "open" }
    let won = rows.first { $0.string(0) == "won" }
    return (
      Int(open?.int(1) ?? 0), open?.int(2) ?? 0, Int(won?.int(1) ?? 0), won?.int(2) ?? 0
    )
  }

  /// Ties keep the order of `opportunities(planID:)`.
  private func largestOpenOpportunities(_ plan: Plan) throws(StoreError) -> [Opportunity] {
    let period = inPlanPeriod(plan)
    return try database.rows(
      """
      SELECT \(Self.opportunityColumns) WHERE \(period.sql) AND o.status = 'open'
      ORDER BY o.amount_minor DESC, a.name COLLATE NOCASE, o.close_date, o.id LIMIT 5
      """, period.values, as: Self.opportunity(from:)
    )
  }

  /// In the order of `contacts(planID:)`: those at no account come first, then account by
  /// account. Two statements, so the second can walk the accounts in name order and stop
  /// after five instead of sorting every supporter.
  private func firstSupporters(planID: Int64) throws(StoreError) -> [Contact] {
    let supporting = "c.support IN ('mentor', 'supporter')"
    let unplaced = try database.rows(
      """
      SELECT \(Self.contactColumns) WHERE c.account_id IS NULL AND c.plan_id = ?
        AND \(supporting) ORDER BY c.name COLLATE NOCASE, c.id LIMIT 5
      """, [.integer(planID)], as: Self.contact(from:)
    )
    if unplaced.count == 5 { return unplaced }
    return try unplaced
      + database.rows(
        """
        SELECT \(Self.contactFields) FROM account a JOIN contact c ON c.account_id = a.id
          LEFT JOIN contact r ON r.id = c.reports_to_id
        WHERE a.plan_id = ? AND c.plan_id = ? AND \(supporting)
        ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id LIMIT ?
        """, [.integer(planID), .integer(planID), .integer(Int64(5 - unplaced.count))],
        as: Self.contact(from:))
  }

  private func firstActiveObjectives(planID: Int64) throws(StoreError) -> [Objective] {
    try database.rows(
      """
      SELECT \(Self.objectiveColumns) WHERE j.plan_id = ?
        AND j.status IN ('in progress', 'not started')
      ORDER BY j.due_on IS NULL, j.due_on, j.id LIMIT 5
      """, [.integer(planID)], as: Self.objective(from:)
    )
  }

  /// The plan's last finished meeting; one still being held is not the last one yet.
  private func lastMeeting(planID: Int64) throws(StoreError) -> Meeting? {
    try database.row(
      "SELECT \(Self.meetingColumns) WHERE plan_id = ? AND ended_at IS NOT NULL "
        + "ORDER BY started_at DESC, id DESC LIMIT 1",
      [.integer(planID)]
    ).map(Self.meeting(from:))
  }

  /// The two counts of a `SELECT COUNT(*), SUM(condition)` statement; SUM is NULL on none.
  private func counts(_ sql: String, _ values: [SQLValue]) throws(StoreError) -> (Int, Int) {
    let row = try database.row(sql, values)
    return (Int(row?.int(0) ?? 0), Int(row?.int(1) ?? 0))
  }
}
