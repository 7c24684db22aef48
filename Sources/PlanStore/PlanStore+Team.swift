import Foundation

/// The plan's team and its target periods.
extension PlanStore {
  /// Adds a team member; giving `owner` access moves ownership from whoever had it.
  @discardableResult
  public func addTeamMember(planID: Int64, name: String, access: String, role: String)
    throws -> TeamMember
  {
    try requireName(name, field: "team member")
    try requireOneOf(access, TeamMember.accessLevels, field: "access")
    return try transaction {
      if access == "owner" {
        try database.run(
          "UPDATE team_member SET access = 'edit' WHERE plan_id = ? AND access = 'owner'",
          [.integer(planID)])
        try database.run(
          "UPDATE plan SET owner = ? WHERE id = ?", [.text(name), .integer(planID)])
      }
      try database.run(
        """
        INSERT INTO team_member (plan_id, name, access, role) VALUES (?, ?, ?, ?)
        ON CONFLICT (plan_id, name) DO UPDATE SET access = excluded.access, role = excluded.role
        """, [.integer(planID), .text(name), .text(access), .text(role)])
      try log(planID: planID, "team: \(name) has \(access) access")
      try touch(planID: planID)
      return try team(planID: planID).first { $0.name.lowercased() == name.lowercased() }!
    }
  }

  /// The name of the team member `reference` means (the name, whole or the only one
  /// starting with it, in any case); nil when it names nobody on the team.
  public func teamMemberName(_ reference: String, planID: Int64) throws(StoreError) -> String? {
    let id: Int64
    do {
      id = try resolve(reference, kind: "team member", table: "team_member", planID: planID)
    } catch {
      if case .notFound = error { return nil }
      throw error
    }
    return try database.row("SELECT name FROM team_member WHERE id = ?", [.integer(id)])?
      .string(0)
  }

  /// The plan's team, owner first.
  public func team(planID: Int64) throws(StoreError) -> [TeamMember] {
    try database.rows(
      """
      SELECT id, name, access, role FROM team_member WHERE plan_id = ?
      ORDER BY CASE access WHEN 'owner' THEN 0 WHEN 'edit' THEN 1 ELSE 2 END, name
      """, [.integer(planID)]
    ).map {
      TeamMember(id: $0.int(0), name: $0.string(1), access: $0.string(2), role: $0.string(3))
    }
  }

  /// Removes a team member; the owner stays until another is named.
  public func removeTeamMember(planID: Int64, name: String) throws {
    try transaction {
      let member = try team(planID: planID).first { $0.name.lowercased() == name.lowercased() }
      guard let member else { throw StoreError.notFound(kind: "team member", name: name) }
      if member.access == "owner" {
        throw StoreError.invalid(
          field: "team member", value: name,
          reason: "the plan's owner cannot be removed; make someone else owner first")
      }
      try database.run("DELETE FROM team_member WHERE id = ?", [.integer(member.id)])
      try log(planID: planID, "team: removed \(name)")
    }
  }

  /// Adds a target period. Periods must be back to back: the first may start anywhere,
  /// each next one starts the day after the last ends. The plan's target becomes their sum.
  public func addTargetPeriod(planID: Int64, startsOn: String, endsOn: String, targetMinor: Int64)
    throws
  {
    try requireDate(startsOn, field: "start date")
    try requireDate(endsOn, field: "end date")
    if endsOn < startsOn {
      throw StoreError.invalid(field: "end date", value: endsOn, reason: "it is before the start")
    }
    try transaction {
      if let last = try targetPeriods(planID: planID).last {
        let expected = Self.dayAfter(last.endsOn)
        if startsOn != expected {
          throw StoreError.invalid(
            field: "start date", value: startsOn,
            reason: "periods are back to back: the next one starts on \(expected)")
        }
      }
      try database.run(
        "INSERT INTO target_period (plan_id, starts_on, ends_on, target_minor) VALUES (?, ?, ?, ?)",
        [.integer(planID), .text(startsOn), .text(endsOn), .integer(targetMinor)])
      try syncPlanTarget(planID: planID)
      try log(planID: planID, "target period \(startsOn) to \(endsOn)")
    }
  }

  /// Removes the last target period.
  public func removeLastTargetPeriod(planID: Int64) throws {
    try transaction {
      guard let last = try targetPeriods(planID: planID).last else {
        throw StoreError.notFound(kind: "target period", name: "any")
      }
      try database.run("DELETE FROM target_period WHERE id = ?", [.integer(last.id)])
      try syncPlanTarget(planID: planID)
    }
  }

  /// The plan's target periods in date order.
  public func targetPeriods(planID: Int64) throws(StoreError) -> [TargetPeriod] {
    try database.rows(
      "SELECT id, starts_on, ends_on, target_minor FROM target_period WHERE plan_id = ? "
        + "ORDER BY starts_on", [.integer(planID)]
    ).map {
      TargetPeriod(
        id: $0.int(0), startsOn: $0.string(1), endsOn: $0.string(2),
        targetMinor: $0.int(3))
    }
  }

  private func syncPlanTarget(planID: Int64) throws(StoreError) {
    try database.run(
      """
      UPDATE plan SET
        target_minor =
          (SELECT COALESCE(SUM(target_minor), 0) FROM target_period WHERE plan_id = ?1),
        starts_on = (SELECT MIN(starts_on) FROM target_period WHERE plan_id = ?1),
        ends_on = (SELECT MAX(ends_on) FROM target_period WHERE plan_id = ?1),
        updated_at = ?2
      WHERE id = ?1
      """, [.integer(planID), .text(timestamp)])
  }

  static func dayAfter(_ date: String) -> String {
    guard let day = try? Date(date + "T12:00:00Z", strategy: .iso8601) else { return date }
    return String(Timestamps.string(from: day.addingTimeInterval(86_400)).prefix(10))
  }
}
