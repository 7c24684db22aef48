import PlanStore
import Testing

@Suite("Solutions and opportunities")
struct OpportunityMapTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    plan = try fixture.makePlan()
    try fixture.store.addAccount(planID: plan.id, name: "GenePoint")
  }

  @Test("addSolution returns the id of the row it wrote")
  func addSolutionReturnsItsId() throws {
    let first = try fixture.store.addSolution(planID: plan.id, name: "Data Cloud", family: "Cloud")
    let second = try fixture.store.addSolution(planID: plan.id, name: "Field Service")

    #expect(first.id != second.id)
    let row = try #require(
      try fixture.store.database.row(
        "SELECT name, family FROM solution WHERE id = ?", [.integer(second.id)]))
    #expect(row.string(0) == "Field Service")
    let stored = try fixture.store.solutions(planID: plan.id)
    #expect(stored.first { $0.id == first.id }?.family == "Cloud")
  }

  @Test("addSolution's id stays right when other writes happen in between")
  func addSolutionIdAfterOtherInserts() throws {
    try fixture.store.addAccount(planID: plan.id, name: "Alpha Dynamics")
    let solution = try fixture.store.addSolution(planID: plan.id, name: "Analytics")
    let opportunity = try fixture.store.addOpportunity(
      planID: plan.id, name: "Deal", account: "GenePoint", solution: String(solution.id))
    #expect(opportunity.solutionName == "Analytics")
  }

  @Test("a solution name used twice in a plan is a duplicate, whatever its case")
  func duplicateSolutionIsRefused() throws {
    try fixture.store.addSolution(planID: plan.id, name: "Data Cloud")
    #expect(throws: StoreError.duplicate(kind: "solution", name: "data cloud")) {
      try fixture.store.addSolution(planID: plan.id, name: "data cloud")
    }
  }

  @Test("an opportunity keeps its amount in minor units, account, close date and status")
  func opportunityFieldsRoundTrip() throws {
    let added = try fixture.store.addOpportunity(
      planID: plan.id, name: "Fleet analytics", account: "gene", amountMinor: 12_500_000,
      closeDate: "2027-06-30", stage: "Qualification", status: "open")

    let stored = try fixture.store.opportunity(id: added.id)
    #expect(stored.accountName == "GenePoint")
    #expect(stored.amountMinor == 12_500_000)
    #expect(stored.closeDate == "2027-06-30")
    #expect(stored.status == "open")
    #expect(try fixture.store.opportunities(planID: plan.id, status: "won").isEmpty)
  }

  @Test("an opportunity with a bad close date is refused")
  func badCloseDateIsRefused() throws {
    #expect(throws: StoreError.self) {
      try fixture.store.addOpportunity(
        planID: plan.id, name: "Deal", account: nil, closeDate: "2027-06-31")
    }
    #expect(try fixture.count("opportunity") == 0)
  }
}
