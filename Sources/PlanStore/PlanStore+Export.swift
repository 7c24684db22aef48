/// Reading a whole plan into a `PlanSnapshot`, for `plan export` and for pictures.
///
/// Rows come in id order (creation order), and references become positions, so the
/// snapshot holds no store id.
extension PlanStore {
  /// Every area of plan `planID` as plain values.
  public func snapshot(planID: Int64) throws(StoreError) -> PlanSnapshot {
    var snapshot = PlanSnapshot()
    var places = SnapshotPlaces()
    snapshot.plan = try snapshotPlan(planID)
    snapshot.team = try snapshotTeam(planID)
    snapshot.targetPeriods = try snapshotTargets(planID)
    snapshot.accounts = try snapshotAccounts(planID, &places)
    snapshot.solutions = try snapshotSolutions(planID, &places)
    snapshot.opportunities = try snapshotOpportunities(planID, places)
    snapshot.landscape = try snapshotLandscape(planID, places)
    snapshot.contacts = try snapshotContacts(planID, &places)
    snapshot.relationships = try snapshotRelationships(planID, places)
    snapshot.contactLines = try snapshotContactLines(planID, places)
    snapshot.answers = try snapshotAnswers(planID, places)
    snapshot.insights = try snapshotInsights(planID, &places)
    snapshot.objectives = try snapshotObjectives(planID, &places)
    snapshot.meetings = try snapshotMeetings(planID, &places)
    snapshot.actions = try snapshotActions(planID, places)
    snapshot.feedback = try snapshotFeedback(planID, places)
    return snapshot
  }

  private func snapshotPlan(_ planID: Int64) throws(StoreError) -> PlanSnapshot.Plan {
    guard
      let row = try database.row(
        """
        SELECT p.name, t.name, p.owner, p.currency, p.starts_on, p.ends_on, p.target_minor,
          p.created_at, p.updated_at FROM plan p LEFT JOIN plan_type t ON t.id = p.plan_type_id
        WHERE p.id = ?
        """, [.integer(planID)])
    else { throw .notFound(kind: "plan", name: String(planID)) }
    var plan = PlanSnapshot.Plan()
    plan.name = row.string(0)
    plan.type = row.text(1)
    plan.owner = row.string(2)
    plan.currency = row.string(3)
    plan.startsOn = row.text(4)
    plan.endsOn = row.text(5)
    plan.targetMinor = row.int(6)
    plan.createdAt = row.string(7)
    plan.updatedAt = row.string(8)
    return plan
  }

  private func snapshotTeam(_ planID: Int64) throws(StoreError) -> [PlanSnapshot.TeamMember] {
    try database.rows(
      "SELECT name, access, role FROM team_member WHERE plan_id = ? ORDER BY id",
      [.integer(planID)]
    ).map { row in
      var member = PlanSnapshot.TeamMember()
      member.name = row.string(0)
      member.access = row.string(1)
      member.role = row.string(2)
      return member
    }
  }

  private func snapshotTargets(_ planID: Int64) throws(StoreError)
    -> [PlanSnapshot.TargetPeriod]
  {
    try database.rows(
      "SELECT starts_on, ends_on, target_minor FROM target_period WHERE plan_id = ? ORDER BY id",
      [.integer(planID)]
    ).map { row in
      var period = PlanSnapshot.TargetPeriod()
      period.startsOn = row.string(0)
      period.endsOn = row.string(1)
      period.targetMinor = row.int(2)
      return period
    }
  }

  private func snapshotAccounts(_ planID: Int64, _ places: inout SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Account]
  {
    let rows = try database.rows(
      """
      SELECT id, parent_id, name, kind, segment, targeted, industry, external_ref, updated_at
      FROM account WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)])
    places.accounts = SnapshotPlaces.index(rows.map { $0.int(0) })
    return rows.map { [places] row in
      var account = PlanSnapshot.Account()
      account.parent = row.integer(1).flatMap { places.accounts[$0] }
      account.name = row.string(2)
      account.kind = row.string(3)
      account.segment = row.text(4)
      account.targeted = row.flag(5)
      account.industry = row.string(6)
      account.externalRef = row.text(7)
      account.updatedAt = row.string(8)
      return account
    }
  }

  private func snapshotSolutions(_ planID: Int64, _ places: inout SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Solution]
  {
    let rows = try database.rows(
      "SELECT id, name, family, targeted, external_ref FROM solution WHERE plan_id = ? "
        + "ORDER BY id", [.integer(planID)])
    places.solutions = SnapshotPlaces.index(rows.map { $0.int(0) })
    return rows.map { row in
      var solution = PlanSnapshot.Solution()
      solution.name = row.string(1)
      solution.family = row.string(2)
      solution.targeted = row.flag(3)
      solution.externalRef = row.text(4)
      return solution
    }
  }

  private func snapshotOpportunities(_ planID: Int64, _ places: SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Opportunity]
  {
    try database.rows(
      """
      SELECT account_id, solution_id, name, amount_minor, close_date, stage, status, owner,
        external_ref, updated_at FROM opportunity WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)]
    ).map { row in
      var opportunity = PlanSnapshot.Opportunity()
      opportunity.account = row.integer(0).flatMap { places.accounts[$0] }
      opportunity.solution = row.integer(1).flatMap { places.solutions[$0] }
      opportunity.name = row.string(2)
      opportunity.amountMinor = row.int(3)
      opportunity.closeDate = row.text(4)
      opportunity.stage = row.string(5)
      opportunity.status = row.string(6)
      opportunity.owner = row.string(7)
      opportunity.externalRef = row.text(8)
      opportunity.updatedAt = row.string(9)
      return opportunity
    }
  }

  private func snapshotLandscape(_ planID: Int64, _ places: SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.LandscapeCell]
  {
    try database.rows(
      """
      SELECT account_id, solution_id, spend_minor, our_share, competitors FROM landscape
      WHERE plan_id = ? ORDER BY account_id, solution_id
      """, [.integer(planID)]
    ).compactMap { row in
      guard let account = places.accounts[row.int(0)], let solution = places.solutions[row.int(1)]
      else { return nil }
      var cell = PlanSnapshot.LandscapeCell()
      cell.account = account
      cell.solution = solution
      cell.spendMinor = row.int(2)
      cell.ourShare = row.int(3)
      cell.competitors = row.string(4)
      return cell
    }
  }
}

/// Store id → position in the snapshot, per table, filled as the snapshot is read.
struct SnapshotPlaces {
  var accounts: [Int64: Int] = [:]
  var solutions: [Int64: Int] = [:]
  var contacts: [Int64: Int] = [:]
  var insights: [Int64: Int] = [:]
  var objectives: [Int64: Int] = [:]
  var meetings: [Int64: Int] = [:]

  /// Positions of `ids` in the order given.
  static func index(_ ids: [Int64]) -> [Int64: Int] {
    Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
  }
}
