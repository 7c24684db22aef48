import PlanStore
import Testing

@Suite("Writing records from another system")
struct UpsertTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    plan = try fixture.makePlan()
  }

  private func upsert(_ ref: String, name: String, industry: String = "")
    throws -> (id: Int64, outcome: PlanStore.UpsertOutcome)
  {
    try fixture.store.upsert(
      table: .account, planID: plan.id, externalRef: ref,
      fields: [("name", .text(name)), ("industry", .text(industry))])
  }

  @Test("the first write of an outside record creates a row")
  func firstWriteCreates() throws {
    let result = try upsert("salesforce:A1", name: "GenePoint")
    #expect(result.outcome == .created)
    let account = try fixture.store.account(id: result.id)
    #expect(account.name == "GenePoint")
    #expect(account.externalRef == "salesforce:A1")
  }

  @Test("writing the same fields again changes nothing")
  func sameFieldsAreUnchanged() throws {
    let first = try upsert("salesforce:A1", name: "GenePoint", industry: "Biotech")
    let second = try upsert("salesforce:A1", name: "GenePoint", industry: "Biotech")
    #expect(second.outcome == .unchanged)
    #expect(second.id == first.id)
    #expect(try fixture.count("account") == 1)
  }

  @Test("writing different fields updates the same row")
  func differentFieldsUpdate() throws {
    let first = try upsert("salesforce:A1", name: "GenePoint")
    let second = try upsert("salesforce:A1", name: "GenePoint Inc")
    #expect(second.outcome == .updated)
    #expect(second.id == first.id)
    #expect(try fixture.store.account(id: first.id).name == "GenePoint Inc")
  }

  @Test("the same outside id in another plan is another row")
  func externalRefsAreScopedToThePlan() throws {
    let other = try fixture.makePlan("Other")
    let mine = try upsert("salesforce:A1", name: "GenePoint")
    let theirs = try fixture.store.upsert(
      table: .account, planID: other.id, externalRef: "salesforce:A1",
      fields: [("name", .text("GenePoint"))])
    #expect(theirs.outcome == .created)
    #expect(theirs.id != mine.id)
  }

  @Test("rowID finds a row by its outside id, and nil when there is none")
  func rowIDLooksUpExternalRef() throws {
    let created = try upsert("salesforce:A1", name: "GenePoint")
    #expect(
      try fixture.store.rowID(table: .account, planID: plan.id, externalRef: "salesforce:A1")
        == created.id)
    #expect(try fixture.store.rowID(table: .account, planID: plan.id, externalRef: "nope") == nil)
  }

  @Test("solutions, which have no updated_at column, can be upserted too")
  func solutionsUpsert() throws {
    let fields: [(String, SQLValue)] = [("name", .text("FUSE X1")), ("family", .text("Fuse"))]
    let first = try fixture.store.upsert(
      table: .solution, planID: plan.id, externalRef: "salesforce:P1", fields: fields)
    let second = try fixture.store.upsert(
      table: .solution, planID: plan.id, externalRef: "salesforce:P1", fields: fields)
    #expect(first.outcome == .created)
    #expect(second.outcome == .unchanged)
  }
}
