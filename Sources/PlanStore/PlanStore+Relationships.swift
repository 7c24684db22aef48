/// Relationship-map attributes beyond the contact itself: each team member's current and
/// desired level with a contact, and lines of influence and conflict between contacts.
extension PlanStore {
  /// The levels of a relationship, from weakest to strongest.
  public static let relationshipLevels = [
    "vendor", "credible source", "problem solver", "trusted advisor",
  ]

  /// Sets a team member's current and/or desired relationship level with a contact.
  public func setRelationship(
    planID: Int64, contact reference: String, member: String, current: String?, desired: String?
  ) throws {
    try requireText(member, field: "team member")
    if let current { try requireOneOf(current, Self.relationshipLevels, field: "current level") }
    if let desired { try requireOneOf(desired, Self.relationshipLevels, field: "desired level") }
    try transaction {
      let id = try resolve(reference, kind: "contact", table: "contact", planID: planID)
      try database.run(
        """
        INSERT INTO relationship (contact_id, member, current_level, desired_level)
        VALUES (?, ?, ?, ?) ON CONFLICT (contact_id, member) DO UPDATE SET
          current_level = COALESCE(excluded.current_level, current_level),
          desired_level = COALESCE(excluded.desired_level, desired_level)
        """, [.integer(id), .text(member), .optional(current), .optional(desired)])
      try log(planID: planID, "relationship of \(member) with contact \(id)")
      try touch(planID: planID)
    }
  }

  /// Every relationship on the plan: contact, member, current and desired level.
  public func relationships(planID: Int64) throws(StoreError)
    -> [(contact: String, member: String, current: String?, desired: String?)]
  {
    try database.rows(
      """
      SELECT c.name, r.member, r.current_level, r.desired_level FROM relationship r
      JOIN contact c ON c.id = r.contact_id WHERE c.plan_id = ? ORDER BY c.name, r.member
      """, [.integer(planID)]
    ).map { ($0.string(0), $0.string(1), $0.text(2), $0.text(3)) }
  }

  /// Draws (or, with `remove`, erases) a line of influence or conflict between contacts.
  public func setContactLine(
    planID: Int64, from: String, to: String, kind: String, remove: Bool = false
  ) throws {
    try requireOneOf(kind, ["influence", "conflict"], field: "line kind")
    try transaction {
      let fromID = try resolve(from, kind: "contact", table: "contact", planID: planID)
      let toID = try resolve(to, kind: "contact", table: "contact", planID: planID)
      if fromID == toID {
        throw StoreError.invalid(
          field: "line", value: to, reason: "a contact needs another contact")
      }
      try database.run(
        remove
          ? "DELETE FROM contact_line WHERE from_id = ? AND to_id = ? AND kind = ?"
          : "INSERT OR IGNORE INTO contact_line (from_id, to_id, kind) VALUES (?, ?, ?)",
        [.integer(fromID), .integer(toID), .text(kind)])
      try log(planID: planID, "\(kind) line \(fromID) to \(toID)")
      try touch(planID: planID)
    }
  }

  /// The plan's lines between contacts: from, to and kind.
  public func contactLines(planID: Int64) throws(StoreError)
    -> [(from: String, to: String, kind: String)]
  {
    try database.rows(
      """
      SELECT a.name, b.name, l.kind FROM contact_line l JOIN contact a ON a.id = l.from_id
      JOIN contact b ON b.id = l.to_id WHERE a.plan_id = ? ORDER BY l.kind, a.name, b.name
      """, [.integer(planID)]
    ).map { ($0.string(0), $0.string(1), $0.string(2)) }
  }

  /// Sets what kind of contact this is, and their decision orientation.
  public func setContactProfile(
    planID: Int64, reference: String, kind: String?, orientation: String?
  ) throws {
    if let kind { try requireOneOf(kind, ["contact", "external", "persona"], field: "kind") }
    if let orientation {
      try requireOneOf(
        orientation, ["financial", "technical", "relationship", "business"],
        field: "decision orientation")
    }
    try transaction {
      let id = try resolve(reference, kind: "contact", table: "contact", planID: planID)
      try database.run(
        "UPDATE contact SET kind = COALESCE(?, kind), orientation = COALESCE(?, orientation) "
          + "WHERE id = ?", [.optional(kind), .optional(orientation), .integer(id)])
      try touch(planID: planID)
    }
  }
}
