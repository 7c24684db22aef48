import PlanStore
import Testing

@Suite("Snapshots of whole plans, and restoring them")
struct SnapshotTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    fixture.store.clock = fixedClock("2027-01-15T10:00:00Z")
    plan = try fixture.makePlan()
  }

  @Test("references become positions, so a division may come before its parent")
  func positions() throws {
    let store = fixture.store
    try store.addAccount(planID: plan.id, name: "Late parent")
    try store.addContact(planID: plan.id, name: "Report", account: nil)
    try store.addContact(planID: plan.id, name: "Manager", account: "Late parent")
    try store.updateContact(planID: plan.id, reference: "Report", reportsTo: "Manager")
    let snapshot = try store.snapshot(planID: plan.id)

    #expect(snapshot.contacts.map(\.name) == ["Report", "Manager"])
    #expect(snapshot.contacts[0].reportsTo == 1)
    #expect(snapshot.contacts[1].account == 0)
  }

  @Test("a restored plan gives the same snapshot, timestamps included")
  func restoreIsFaithful() throws {
    let store = fixture.store
    try store.addAccount(planID: plan.id, name: "Acme", segment: "A", targeted: true)
    try store.addContact(planID: plan.id, name: "Ana", account: "Acme")
    try store.addAction(planID: plan.id, name: "Call Ana", owner: "Sam", dueOn: "2027-02-01")
    let original = try store.snapshot(planID: plan.id)
    store.clock = fixedClock("2030-06-30T23:59:59Z")
    let copy = try store.restore(original, name: "Copy")
    var restored = try store.snapshot(planID: copy.id)
    restored.plan.name = original.plan.name

    #expect(restored == original)
    #expect(restored.plan.updatedAt == "2027-01-15T10:00:00Z")
  }

  @Test("a position past the end of its array is an error, never a crash, and writes nothing")
  func badPosition() throws {
    var snapshot = PlanSnapshot()
    snapshot.plan.name = "Broken"
    var contact = PlanSnapshot.Contact()
    contact.name = "Ana"
    contact.account = 5
    snapshot.contacts = [contact]

    #expect(
      throws: StoreError.invalid(
        field: "account", value: "6",
        reason: "no such account in the plan")
    ) {
      try fixture.store.restore(snapshot)
    }
    #expect(try fixture.count("plan") == 1)
  }

  @Test("an account tree deeper than three levels, or a loop, is refused before writing")
  func trees() throws {
    var deep = PlanSnapshot()
    deep.plan.name = "Deep"
    deep.accounts = (0..<4).map { level in
      var account = PlanSnapshot.Account()
      account.name = "Level \(level)"
      account.parent = level == 0 ? nil : level - 1
      return account
    }
    var loop = PlanSnapshot()
    loop.plan.name = "Loop"
    loop.contacts = [1, 0].map { manager in
      var contact = PlanSnapshot.Contact()
      contact.name = "Contact \(manager)"
      contact.reportsTo = manager
      return contact
    }

    #expect(throws: StoreError.self) { try fixture.store.restore(deep) }
    #expect(throws: StoreError.self) { try fixture.store.restore(loop) }
    deep.accounts.removeLast()
    try fixture.store.restore(deep)
    #expect(try fixture.count("plan") == 2)
  }

  @Test("a CSV record matches by outside id, then by an unclaimed exact name")
  func matching() throws {
    let store = fixture.store
    var record = AccountRecord(name: "Acme")
    record.externalRef = "csv:1"
    let first = try store.saveAccount(record, id: nil, planID: plan.id)
    try store.addAccount(planID: plan.id, name: "Beta")

    #expect(
      try store.matchingRow(
        .account, planID: plan.id, externalRef: "csv:1",
        name: "Other") == first.id)
    #expect(
      try store.matchingRow(
        .account, planID: plan.id, externalRef: "csv:2",
        name: "acme") == nil)
    #expect(
      try store.matchingRow(
        .account, planID: plan.id, externalRef: "csv:3",
        name: "BETA") != nil)
  }

  @Test("saving a record that changes nothing is unchanged; a change is an update")
  func outcomes() throws {
    let store = fixture.store
    var record = ContactRecord(name: "Ana")
    record.title = "CEO"
    let created = try store.saveContact(record, id: nil, planID: plan.id)
    let same = try store.saveContact(record, id: created.id, planID: plan.id)
    record.title = "CFO"
    let changed = try store.saveContact(record, id: created.id, planID: plan.id)

    #expect([created.outcome, same.outcome, changed.outcome] == [.created, .unchanged, .updated])
    #expect(try store.contact(id: created.id).title == "CFO")
  }
}
