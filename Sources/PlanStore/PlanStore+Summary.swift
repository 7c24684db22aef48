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

  /// Closing in the plan period: undated, or dated within the period's set ends.
  /// `?1` is the plan, `?2` and `?3` the period's first and last days (or NULL).
  private static let inPlanPeriod = """
    o.plan_id = ?1 AND (o.close_date IS NULL OR ((?2 IS NULL OR o.close_date >= ?2)
      AND (?3 IS NULL OR o.close_date <= ?3)))
    """

  private func periodValues(_ plan: Plan) -> [SQLValue] {
    [.integer(plan.id), .optional(plan.startsOn), .optional(plan.endsOn)]
  }

  private func opportunityFigures(_ plan: Plan) throws(StoreError)
    -> (openCount: Int, openMinor: Int64, wonCount: Int, wonMinor: Int64)
  {
    let row = try database.row(
      """
      SELECT SUM(o.status = 'open'), SUM(CASE o.status WHEN 'open' THEN o.amount_minor END),
        SUM(o.status = 'won'), SUM(CASE o.status WHEN 'won' THEN o.amount_minor END)
      FROM opportunity o WHERE \(Self.inPlanPeriod) AND o.status IN ('open', 'won')
      """, periodValues(plan))
    return (
      Int(row?.int(0) ?? 0), row?.int(1) ?? 0, Int(row?.int(2) ?? 0), row?.int(3) ?? 0
    )
  }

  /// Ties keep the order of `opportunities(planID:)`.
  private func largestOpenOpportunities(_ plan: Plan) throws(StoreError) -> [Opportunity] {
    try database.rows(
      """
      SELECT \(Self.opportunityColumns) WHERE \(Self.inPlanPeriod) AND o.status = 'open'
      ORDER BY o.amount_minor DESC, a.name COLLATE NOCASE, o.close_date, o.id LIMIT 5
      """, periodValues(plan)
    ).map(Self.opportunity(from:))
  }

  private func firstSupporters(planID: Int64) throws(StoreError) -> [Contact] {
    try database.rows(
      """
      SELECT \(Self.contactColumns) WHERE c.plan_id = ? AND c.support IN ('mentor', 'supporter')
      ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id LIMIT 5
      """, [.integer(planID)]
    ).map(Self.contact(from:))
  }

  private func firstActiveObjectives(planID: Int64) throws(StoreError) -> [Objective] {
    try database.rows(
      """
      SELECT \(Self.objectiveColumns) WHERE j.plan_id = ?
        AND j.status IN ('in progress', 'not started')
      ORDER BY j.due_on IS NULL, j.due_on, j.id LIMIT 5
      """, [.integer(planID)]
    ).map(Self.objective(from:))
  }

  private func lastMeeting(planID: Int64) throws(StoreError) -> Meeting? {
    try database.row(
      "SELECT \(Self.meetingColumns) WHERE plan_id = ? ORDER BY started_at DESC, id DESC LIMIT 1",
      [.integer(planID)]
    ).map(Self.meeting(from:))
  }

  /// The two counts of a `SELECT COUNT(*), SUM(condition)` statement; SUM is NULL on none.
  private func counts(_ sql: String, _ values: [SQLValue]) throws(StoreError) -> (Int, Int) {
    let row = try database.row(sql, values)
    return (Int(row?.int(0) ?? 0), Int(row?.int(1) ?? 0))
  }
}
