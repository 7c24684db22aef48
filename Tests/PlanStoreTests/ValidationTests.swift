import PlanStore
import Testing

@Suite("Values are checked before they are written")
struct ValidationTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    plan = try fixture.makePlan()
  }

  @Test(
    "a date that is not a real calendar day is refused",
    arguments: [
      "2027-02-30", "2027-13-01", "2027-00-10", "2027-1-5", "27-01-05", "tomorrow", "",
      "2026-02-29", "1900-02-29",
    ])
  func badDatesAreRefused(text: String) throws {
    #expect(!Timestamps.isDate(text))
    #expect(
      throws: StoreError.invalid(
        field: "due date", value: text, reason: "expected a date as YYYY-MM-DD")
    ) {
      try fixture.store.addAction(planID: plan.id, name: "Call", owner: "Sam", dueOn: text)
    }
    #expect(try fixture.count("action") == 0)
  }

  @Test(
    "real calendar days, leap days included, are accepted",
    arguments: [
      "2027-01-31", "2028-02-29", "2000-02-29", "2027-12-31",
    ])
  func goodDatesAreAccepted(text: String) throws {
    #expect(Timestamps.isDate(text))
    let action = try fixture.store.addAction(
      planID: plan.id, name: "Call", owner: "Sam", dueOn: text)
    #expect(action.dueOn == text)
  }

  @Test("a segment other than A to D is refused")
  func badSegmentIsRefused() throws {
    #expect(
      throws: StoreError.invalid(
        field: "segment", value: "E", reason: "expected one of A, B, C, D")
    ) {
      try fixture.store.addAccount(planID: plan.id, name: "GenePoint", segment: "E")
    }
    #expect(throws: StoreError.self) {
      try fixture.store.addAccount(planID: plan.id, name: "GenePoint", segment: "a")
    }
    #expect(try fixture.count("account") == 0)
  }

  @Test("changing an account to a bad segment is refused and leaves it as it was")
  func badSegmentUpdateIsRefused() throws {
    try fixture.store.addAccount(planID: plan.id, name: "GenePoint", segment: "B")
    #expect(throws: StoreError.self) {
      try fixture.store.updateAccount(planID: plan.id, reference: "GenePoint", segment: "Z")
    }
    #expect(try fixture.store.account(named: "GenePoint", planID: plan.id).segment == "B")
  }

  @Test("an empty or blank name is refused", arguments: ["", "   ", "\t\n"])
  func emptyNamesAreRefused(name: String) throws {
    let store = fixture.store
    #expect(
      throws: StoreError.invalid(
        field: "account name", value: name, reason: "it must not be empty")
    ) {
      try store.addAccount(planID: plan.id, name: name)
    }
    #expect(throws: StoreError.self) { try store.createPlan(name: name, owner: "tester") }
    #expect(throws: StoreError.self) { try store.addSolution(planID: plan.id, name: name) }
    #expect(throws: StoreError.self) {
      try store.addContact(planID: plan.id, name: name, account: nil)
    }
  }

  @Test("an unknown account kind, opportunity status or insight row is refused")
  func unknownChoicesAreRefused() throws {
    let store = fixture.store
    #expect(throws: StoreError.self) {
      try store.addAccount(planID: plan.id, name: "X", kind: "branch")
    }
    #expect(throws: StoreError.self) {
      try store.addOpportunity(planID: plan.id, name: "Deal", account: nil, status: "maybe")
    }
    #expect(throws: StoreError.self) {
      try store.addInsight(planID: plan.id, account: nil, row: "wish", text: "More budget")
    }
  }

  @Test("a second plan with the same name in another case is a duplicate")
  func duplicatePlanIsRefused() throws {
    #expect(throws: StoreError.duplicate(kind: "plan", name: "ACME 2027")) {
      try fixture.store.createPlan(name: "ACME 2027", owner: "tester")
    }
    #expect(try fixture.count("plan") == 1)
  }

  @Test("an unknown plan type is refused with the known types listed")
  func unknownPlanTypeIsRefused() throws {
    #expect {
      try fixture.store.createPlan(name: "New", typeName: "galactic", owner: "tester")
    } throws: { error in
      guard case StoreError.invalid(let field, let value, let reason) = error else { return false }
      return field == "plan type" && value == "galactic" && reason.contains("enterprise")
    }
  }

  @Test("a contact cannot report to themselves")
  func selfReportingIsRefused() throws {
    try fixture.store.addContact(planID: plan.id, name: "Amy Taylor", account: nil)
    #expect(throws: StoreError.self) {
      try fixture.store.updateContact(planID: plan.id, reference: "Amy", reportsTo: "Amy")
    }
    #expect(try fixture.store.contact(named: "Amy", planID: plan.id).reportsToID == nil)
  }

  @Test("error messages quote the value and say what was expected")
  func messagesQuoteTheValue() {
    let error = StoreError.invalid(field: "segment", value: "E", reason: "expected one of A")
    #expect(error.description == "invalid segment 'E': expected one of A")
    #expect(StoreError.notFound(kind: "account", name: "X").description == "no account named 'X'")
  }
}
