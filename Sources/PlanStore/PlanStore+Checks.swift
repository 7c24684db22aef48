/// The checks a meeting can raise: places where a plan is thin, stale or at risk.
extension PlanStore {
  /// Every check's name, its plan area, and what it looks for.
  public static let checks: [(name: String, area: String, summary: String)] = [
    ("thin-objectives", "objectives", "objectives with fewer than two owned, dated actions"),
    ("below-target", "overview", "value below target with no revenue objective"),
    ("unconfirmed-insights", "insights", "insight cards nobody has confirmed"),
    ("unsupportive-key-players", "relationships", "key players who are not supporters"),
    ("uncovered-contacts", "relationships", "contacts nobody covers"),
    ("targeted-without-potential", "opportunities", "targeted rows with no potential"),
    ("weak-details", "details", "red or unanswered plan-detail sections"),
    ("overdue-actions", "actions", "open actions past their due date"),
    ("stale-plan", "overview", "a plan not updated for 90 days"),
  ]

  /// Runs the check named `name`, or every check when nil.
  public func findings(planID: Int64, check name: String? = nil) throws -> [PlanFinding] {
    let selected = Self.checks.filter { name == nil || $0.name == name }
    if selected.isEmpty, let name {
      let known = Self.checks.map(\.name).joined(separator: ", ")
      throw StoreError.invalid(field: "check", value: name, reason: "known checks are \(known)")
    }
    var found: [PlanFinding] = []
    for check in selected {
      found += try messages(check.name, planID: planID).map {
        PlanFinding(check: check.name, area: check.area, message: $0)
      }
    }
    return found
  }

  private func messages(_ check: String, planID: Int64) throws -> [String] {
    let planValue = [SQLValue.integer(planID)]
    switch check {
    case "thin-objectives":
      return try database.rows(
        """
        SELECT j.name, (SELECT COUNT(*) FROM action x WHERE x.objective_id = j.id
          AND x.owner <> '' AND x.due_on IS NOT NULL) AS n
        FROM objective j WHERE j.plan_id = ? AND j.status NOT IN ('achieved', 'cancelled')
          AND n < 2 ORDER BY j.id
        """, planValue
      ).map {
        let count = $0.int(1)
        return "objective '\($0.string(0))' has \(count) owned, dated "
          + (count == 1 ? "action" : "actions") + " (2 wanted)"
      }
    case "below-target":
      return try belowTarget(planID: planID)
    case "unconfirmed-insights":
      return try database.rows(
        "SELECT text FROM insight WHERE plan_id = ? AND status = 'unconfirmed' ORDER BY id",
        planValue
      ).map { "insight '\($0.string(0))' is unconfirmed" }
    case "unsupportive-key-players":
      return try database.rows(
        """
        SELECT name, COALESCE(support, 'unknown') FROM contact WHERE plan_id = ?
          AND political IS NOT NULL AND COALESCE(support, '') NOT IN ('mentor', 'supporter')
        ORDER BY name
        """, planValue
      ).map { "key player '\($0.string(0))' is \($0.string(1)), not a supporter" }
    case "uncovered-contacts":
      return try database.rows(
        """
        SELECT name FROM contact WHERE plan_id = ?
          AND COALESCE(coverage, 'unknown') IN ('unknown', 'no contact') ORDER BY name
        """, planValue
      ).map { "nobody covers '\($0.string(0))'" }
    case "targeted-without-potential":
      return try database.rows(
        """
        SELECT a.name FROM account a WHERE a.plan_id = ? AND a.targeted = 1
          AND NOT EXISTS (SELECT 1 FROM opportunity o WHERE o.account_id = a.id
            AND o.status = 'potential') ORDER BY a.name
        """, planValue
      ).map { "targeted '\($0.string(0))' has no potential opportunities" }
    case "weak-details":
      return try weakDetails(planID: planID)
    case "overdue-actions":
      return try actions(planID: planID, filter: ActionFilter(overdueOnly: true)).map {
        "action '\($0.name)' (\($0.owner)) was due \($0.dueOn ?? "")"
      }
    default:
      let updated = try plan(id: planID).updatedAt
      let limit = Timestamps.string(from: clock().addingTimeInterval(-90 * 86_400))
      return updated < limit ? ["the plan was last updated \(updated.prefix(10))"] : []
    }
  }

  private func belowTarget(planID: Int64) throws -> [String] {
    let plan = try plan(id: planID)
    guard plan.targetMinor > 0 else { return [] }
    let value =
      try database.row(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM opportunity WHERE plan_id = ? "
          + "AND status IN ('open', 'won')", [.integer(planID)])?.int(0) ?? 0
    let revenueObjectives =
      try database.row(
        "SELECT COUNT(*) FROM objective WHERE plan_id = ? AND type = 'revenue' "
          + "AND status NOT IN ('achieved', 'cancelled')", [.integer(planID)])?.int(0) ?? 0
    guard value < plan.targetMinor, revenueObjectives == 0 else { return [] }
    return ["open and won value is below the target and no revenue objective closes the gap"]
  }

  private func weakDetails(planID: Int64) throws -> [String] {
    let answers = try details(planID: planID)
    var sections: [String] = []
    for answer in answers where !sections.contains(answer.section) {
      sections.append(answer.section)
    }
    return sections.compactMap { section in
      let members = answers.filter { $0.section == section }
      let colour = DetailAnswer.colour(of: members)
      return colour == "red" || colour == "grey" ? "section '\(section)' is \(colour)" : nil
    }
  }
}
