/// Writing a `PlanSnapshot` back as a new plan, for `plan import`.
///
/// Rows are inserted in the snapshot's order, so they get ids in that order and a later
/// snapshot of the new plan lists them the same way. Timestamps are written as they are
/// in the snapshot; only the change log records when the import happened.
extension PlanStore {
  /// Creates a plan from `snapshot`, named `name` (by default the snapshot's own name).
  @discardableResult
  public func restore(_ snapshot: PlanSnapshot, name: String? = nil) throws -> Plan {
    let planName = name ?? snapshot.plan.name
    try requireText(planName, field: "plan name")
    try Self.requireTree(snapshot.accounts.map(\.parent), kind: "account", depth: 3)
    try Self.requireTree(snapshot.contacts.map(\.reportsTo), kind: "contact", depth: nil)
    return try transaction {
      if try database.row("SELECT 1 FROM plan WHERE name = ?", [.text(planName)]) != nil {
        throw StoreError.duplicate(kind: "plan", name: planName)
      }
      var ids = RestoredIDs(planID: try restorePlan(snapshot.plan, name: planName))
      try restoreTeam(snapshot, ids)
      try restoreAccounts(snapshot, &ids)
      try restoreSolutions(snapshot, &ids)
      try restoreOpportunities(snapshot, ids)
      try restoreContacts(snapshot, &ids)
      try restoreRelationships(snapshot, ids)
      try restoreAnswers(snapshot, ids)
      try restoreInsights(snapshot, &ids)
      try restoreObjectives(snapshot, &ids)
      try restoreMeetings(snapshot, &ids)
      try restoreActions(snapshot, ids)
      try restoreFeedback(snapshot, ids)
      try log(planID: ids.planID, "imported plan '\(planName)' from an export")
      return try plan(id: ids.planID)
    }
  }

  /// Checks that `parents` (a position or nil per record) form a tree with no loops and,
  /// when `depth` is given, no deeper than that.
  static func requireTree(_ parents: [Int?], kind: String, depth: Int?) throws(StoreError) {
    for start in parents.indices {
      var seen: Set<Int> = [start]
      var next = parents[start]
      while let current = next {
        guard parents.indices.contains(current) else {
          throw .invalid(field: kind, value: "\(current + 1)", reason: "no such \(kind)")
        }
        if !seen.insert(current).inserted {
          throw .invalid(field: kind, value: "\(start + 1)", reason: "its parents form a loop")
        }
        if let depth, seen.count > depth {
          throw .invalid(
            field: kind, value: "\(start + 1)",
            reason: "account structures nest at most \(depth) levels deep")
        }
        next = parents[current]
      }
    }
  }

  /// Writes the snapshot's plan into the new plan.
  func restorePlan(_ plan: PlanSnapshot.Plan, name: String) throws -> Int64 {
    let typeID = try plan.type.map { type throws(StoreError) in try planType(named: type).id }
    try database.run(
      """
      INSERT INTO plan (name, plan_type_id, owner, currency, starts_on, ends_on, target_minor,
        created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [
        .text(name), .optional(typeID), .text(plan.owner), .text(plan.currency),
        .optional(plan.startsOn), .optional(plan.endsOn), .integer(plan.targetMinor),
        .text(plan.createdAt), .text(plan.updatedAt),
      ])
    return database.lastInsertedID
  }

  /// Writes the snapshot's team into the new plan.
  func restoreTeam(_ snapshot: PlanSnapshot, _ ids: RestoredIDs) throws {
    for member in snapshot.team {
      try database.run(
        "INSERT INTO team_member (plan_id, name, access, role) VALUES (?, ?, ?, ?)",
        [.integer(ids.planID), .text(member.name), .text(member.access), .text(member.role)])
    }
    for period in snapshot.targetPeriods {
      try database.run(
        "INSERT INTO target_period (plan_id, starts_on, ends_on, target_minor) "
          + "VALUES (?, ?, ?, ?)",
        [
          .integer(ids.planID), .text(period.startsOn), .text(period.endsOn),
          .integer(period.targetMinor),
        ])
    }
  }

  /// Writes the snapshot's accounts into the new plan.
  func restoreAccounts(_ snapshot: PlanSnapshot, _ ids: inout RestoredIDs) throws {
    for account in snapshot.accounts {
      try database.run(
        """
        INSERT INTO account (plan_id, name, kind, segment, targeted, industry, external_ref,
          updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), .text(account.name), .text(account.kind),
          .optional(account.segment), .flag(account.targeted), .text(account.industry),
          .optional(account.externalRef), .text(account.updatedAt),
        ])
      ids.accounts.append(database.lastInsertedID)
    }
    // Parents are set once every row exists, so a parent may come after its division.
    for (index, account) in snapshot.accounts.enumerated() where account.parent != nil {
      try database.run(
        "UPDATE account SET parent_id = ? WHERE id = ?",
        [try ids.account(account.parent), .integer(ids.accounts[index])])
    }
  }

  /// Writes the snapshot's solutions into the new plan.
  func restoreSolutions(_ snapshot: PlanSnapshot, _ ids: inout RestoredIDs) throws {
    for solution in snapshot.solutions {
      try database.run(
        "INSERT INTO solution (plan_id, name, family, targeted, external_ref) "
          + "VALUES (?, ?, ?, ?, ?)",
        [
          .integer(ids.planID), .text(solution.name), .text(solution.family),
          .flag(solution.targeted), .optional(solution.externalRef),
        ])
      ids.solutions.append(database.lastInsertedID)
    }
  }

  /// Writes the snapshot's opportunities into the new plan.
  func restoreOpportunities(_ snapshot: PlanSnapshot, _ ids: RestoredIDs) throws {
    for opportunity in snapshot.opportunities {
      try database.run(
        """
        INSERT INTO opportunity (plan_id, account_id, solution_id, name, amount_minor,
          close_date, stage, status, owner, external_ref, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), try ids.account(opportunity.account),
          try ids.solution(opportunity.solution), .text(opportunity.name),
          .integer(opportunity.amountMinor), .optional(opportunity.closeDate),
          .text(opportunity.stage), .text(opportunity.status), .text(opportunity.owner),
          .optional(opportunity.externalRef), .text(opportunity.updatedAt),
        ])
    }
    for cell in snapshot.landscape {
      try database.run(
        """
        INSERT INTO landscape (plan_id, account_id, solution_id, spend_minor, our_share,
          competitors) VALUES (?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), try ids.account(cell.account), try ids.solution(cell.solution),
          .integer(cell.spendMinor), .integer(cell.ourShare), .text(cell.competitors),
        ])
    }
  }

  /// Writes the snapshot's contacts into the new plan.
  func restoreContacts(_ snapshot: PlanSnapshot, _ ids: inout RestoredIDs) throws {
    for contact in snapshot.contacts {
      try database.run(
        """
        INSERT INTO contact (plan_id, account_id, name, title, email, phone, support,
          political, coverage, kind, orientation, external_ref, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), try ids.account(contact.account), .text(contact.name),
          .text(contact.title), .text(contact.email), .text(contact.phone),
          .optional(contact.support), .optional(contact.political), .optional(contact.coverage),
          .text(contact.kind), .optional(contact.orientation), .optional(contact.externalRef),
          .text(contact.updatedAt),
        ])
      ids.contacts.append(database.lastInsertedID)
    }
    // Managers are set once every contact exists, so a manager may come after a report.
    for (index, contact) in snapshot.contacts.enumerated() where contact.reportsTo != nil {
      try database.run(
        "UPDATE contact SET reports_to_id = ? WHERE id = ?",
        [try ids.contact(contact.reportsTo), .integer(ids.contacts[index])])
    }
  }

  /// Writes the snapshot's relationships into the new plan.
  func restoreRelationships(_ snapshot: PlanSnapshot, _ ids: RestoredIDs) throws {
    for relationship in snapshot.relationships {
      try database.run(
        "INSERT INTO relationship (contact_id, member, current_level, desired_level) "
          + "VALUES (?, ?, ?, ?)",
        [
          try ids.contact(relationship.contact), .text(relationship.member),
          .optional(relationship.current), .optional(relationship.desired),
        ])
    }
    for line in snapshot.contactLines {
      try database.run(
        "INSERT INTO contact_line (from_id, to_id, kind) VALUES (?, ?, ?)",
        [try ids.contact(line.from), try ids.contact(line.to), .text(line.kind)])
    }
  }

  /// Writes the snapshot's answers into the new plan.
  func restoreAnswers(_ snapshot: PlanSnapshot, _ ids: RestoredIDs) throws {
    for answer in snapshot.answers {
      if try database.row("SELECT 1 FROM question WHERE code = ?", [.text(answer.question)])
        == nil
      {
        throw StoreError.notFound(kind: "question", name: answer.question)
      }
      let account = answer.account == nil ? SQLValue.integer(0) : try ids.account(answer.account)
      try database.run(
        """
        INSERT INTO answer (plan_id, account_id, question_code, rating, text, updated_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(ids.planID), account, .text(answer.question),
          .optional(answer.rating.map(Int64.init)), .text(answer.text), .text(answer.updatedAt),
        ])
    }
  }
}

/// Position in the snapshot → new store id, per table, filled as a restore goes.
struct RestoredIDs {
  let planID: Int64
  var accounts: [Int64] = []
  var solutions: [Int64] = []
  var contacts: [Int64] = []
  var insights: [Int64] = []
  var objectives: [Int64] = []
  var meetings: [Int64] = []

  /// Ids for a restore into plan `planID`.
  init(planID: Int64) { self.planID = planID }

  /// The new id of the account at `position` (NULL for none).
  func account(_ position: Int?) throws(StoreError) -> SQLValue {
    try Self.id(position, accounts, "account")
  }

  /// The new id of the solution at `position` (NULL for none).
  func solution(_ position: Int?) throws(StoreError) -> SQLValue {
    try Self.id(position, solutions, "solution")
  }

  /// The new id of the contact at `position` (NULL for none).
  func contact(_ position: Int?) throws(StoreError) -> SQLValue {
    try Self.id(position, contacts, "contact")
  }

  /// The new id of the insight at `position` (NULL for none).
  func insight(_ position: Int?) throws(StoreError) -> SQLValue {
    try Self.id(position, insights, "insight")
  }

  /// The new id of the objective at `position` (NULL for none).
  func objective(_ position: Int?) throws(StoreError) -> SQLValue {
    try Self.id(position, objectives, "objective")
  }

  /// The new id of the meeting at `position` (NULL for none).
  func meeting(_ position: Int?) throws(StoreError) -> SQLValue {
    try Self.id(position, meetings, "meeting")
  }

  /// The id at `position`, NULL for none; a position past the end is an error, never a crash.
  private static func id(_ position: Int?, _ ids: [Int64], _ kind: String)
    throws(StoreError) -> SQLValue
  {
    guard let position else { return .null }
    guard ids.indices.contains(position) else {
      throw .invalid(field: kind, value: "\(position + 1)", reason: "no such \(kind) in the plan")
    }
    return .integer(ids[position])
  }
}
