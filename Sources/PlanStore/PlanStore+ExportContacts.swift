/// Reading contacts and their relationship-map attributes into a snapshot.
extension PlanStore {
  /// The plan's contacts, in creation order, as snapshot values.
  func snapshotContacts(_ planID: Int64, _ places: inout SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Contact]
  {
    let rows = try database.rows(
      """
      SELECT id, account_id, name, title, email, phone, reports_to_id, support, political,
        coverage, kind, orientation, external_ref, updated_at
      FROM contact WHERE plan_id = ? ORDER BY id
      """, [.integer(planID)])
    places.contacts = SnapshotPlaces.index(rows.map { $0.int(0) })
    return rows.map { [places] row in
      var contact = PlanSnapshot.Contact()
      contact.account = row.integer(1).flatMap { places.accounts[$0] }
      contact.name = row.string(2)
      contact.title = row.string(3)
      contact.email = row.string(4)
      contact.phone = row.string(5)
      contact.reportsTo = row.integer(6).flatMap { places.contacts[$0] }
      contact.support = row.text(7)
      contact.political = row.text(8)
      contact.coverage = row.text(9)
      contact.kind = row.string(10)
      contact.orientation = row.text(11)
      contact.externalRef = row.text(12)
      contact.updatedAt = row.string(13)
      return contact
    }
  }

  /// The plan's relationships, in creation order, as snapshot values.
  func snapshotRelationships(_ planID: Int64, _ places: SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.Relationship]
  {
    try database.rows(
      """
      SELECT r.contact_id, r.member, r.current_level, r.desired_level FROM relationship r
      JOIN contact c ON c.id = r.contact_id WHERE c.plan_id = ? ORDER BY r.contact_id, r.member
      """, [.integer(planID)]
    ).compactMap { row in
      guard let contact = places.contacts[row.int(0)] else { return nil }
      var relationship = PlanSnapshot.Relationship()
      relationship.contact = contact
      relationship.member = row.string(1)
      relationship.current = row.text(2)
      relationship.desired = row.text(3)
      return relationship
    }
  }

  /// The plan's contact lines, in creation order, as snapshot values.
  func snapshotContactLines(_ planID: Int64, _ places: SnapshotPlaces)
    throws(StoreError) -> [PlanSnapshot.ContactLine]
  {
    try database.rows(
      """
      SELECT l.from_id, l.to_id, l.kind FROM contact_line l JOIN contact c ON c.id = l.from_id
      WHERE c.plan_id = ? ORDER BY l.from_id, l.to_id, l.kind
      """, [.integer(planID)]
    ).compactMap { row in
      guard let from = places.contacts[row.int(0)], let to = places.contacts[row.int(1)]
      else { return nil }
      var line = PlanSnapshot.ContactLine()
      line.from = from
      line.to = to
      line.kind = row.string(2)
      return line
    }
  }
}
