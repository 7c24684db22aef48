import PlanCommands
import PlanStore
import Testing

@Suite("Plan commands")
struct PlanCommandTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
  }

  @Test("plan new creates the plan, with its target, and makes it current")
  func planNew() throws {
    let printed = try fixture.run("plan new 'Acme 2027' --type portfolio --target 1.5m")
    let plan = try fixture.session.requirePlan()

    #expect(printed == "created plan 'Acme 2027' (portfolio); it is now the current plan\n")
    #expect(plan.name == "Acme 2027")
    #expect(plan.targetMinor == 150_000_000)
    #expect(plan.owner == "tester")
  }

  @Test("an action's owner is filed under a team member's whole name; others as typed")
  func actionOwnerResolved() throws {
    try fixture.run("plan new P")
    try fixture.run("team add 'Ana Lima'")
    try fixture.run("team add 'Ben Ode'")

    try fixture.run("action add 'Call Wile' --owner ana --due +7")
    try fixture.run("action add 'Visit' --owner 'Partner Sam' --due +7")
    let listed = try fixture.run("action list --owner 'ana lima'")

    let owners = try fixture.store.actions(planID: fixture.planID()).map(\.owner)
    #expect(owners.sorted() == ["Ana Lima", "Partner Sam"])
    #expect(listed.contains("Call Wile") && !listed.contains("Visit"))
  }

  @Test("plan new with a bad target creates no plan at all")
  func planNewBadTargetWritesNothing() throws {
    #expect(fixture.failure("plan new 'Acme 2027' --target lots") is CommandError)
    #expect(try fixture.store.plans().isEmpty)
    #expect(fixture.session.currentPlanName == nil)
  }

  @Test("plan use finds a plan by a unique prefix and says which")
  func planUse() throws {
    try fixture.runAll(["plan new 'Acme 2027'", "plan new 'Initech 2027'"])
    #expect(try fixture.run("plan use acme") == "current plan: Acme 2027\n")
    #expect(fixture.session.currentPlanName == "Acme 2027")
  }

  @Test("plan set changes the dates, and refuses a bad one without changing anything")
  func planSet() throws {
    try fixture.run("plan new Acme")
    try fixture.run("plan set --start 2027-01-01 --end 2027-12-31 --owner Ana")
    #expect(fixture.failure("plan set --owner Bob --end 2027-13-01") is CommandError)

    let plan = try fixture.session.requirePlan()
    #expect(plan.startsOn == "2027-01-01")
    #expect(plan.endsOn == "2027-12-31")
    #expect(plan.owner == "Ana")
  }

  @Test("details answered under one plan type come back after switching types")
  func detailsSurviveTypeSwitch() throws {
    try fixture.runAll([
      "plan new Acme --type enterprise",
      "details answer strategy.growth --rating favourable --text 'Two new divisions'",
      "plan set --type 'customer success'",
    ])
    #expect(!(try fixture.run("details show")).contains("strategy.growth"))

    try fixture.run("plan set --type enterprise")
    let shown = try fixture.run("details show")
    #expect(shown.contains("[+] strategy.growth:"))
    #expect(shown.contains("Two new divisions"))
  }

  @Test("plan show sums open and won opportunities and counts overdue actions")
  func planShow() throws {
    fixture.store.clock = { Timestamps.date(from: "2027-03-10T12:00:00Z")! }
    try fixture.runAll([
      "plan new Acme --target 1m", "account add GenePoint",
      "opportunity add Big --account GenePoint --amount 250k --status open",
      "opportunity add Small --account GenePoint --amount 50k --status open",
      "opportunity add Done --account GenePoint --amount 10k --status won",
      "action add Late --owner Sam --due 2027-03-01",
    ])
    let shown = try fixture.run("plan show")
    #expect(shown.contains("Target     1,000,000 USD"))
    #expect(shown.contains("Current    300,000 open in 2 opportunities"))
    #expect(shown.contains("Won        10,000 in 1 opportunity\n"))
    #expect(shown.contains("Actions:    1 open, 1 overdue"))
  }

  @Test("the opportunity map shows a cell per account and solution and counts white space")
  func opportunityMap() throws {
    try fixture.runAll([
      "plan new Acme", "account add GenePoint --targeted yes", "account add Alpha",
      "solution add Cloud", "solution add Analytics",
      "opportunity add Deal --account GenePoint --solution Cloud --amount 125k --status open",
    ])
    let map = try fixture.run("opportunity map")
    #expect(map.contains("GenePoint *"))
    #expect(map.contains("O 125,000"))
    #expect(map.contains("(3 empty cells)"))
  }

  @Test("the relationship map draws who reports to whom")
  func relationshipMap() throws {
    try fixture.runAll([
      "plan new Acme", "account add 'Alpha Dynamics'",
      "contact add 'Jennifer Wu' --account Alpha --title CEO",
      "contact add 'Amy Taylor' --account Alpha --title 'VP of Engineering' --reports-to Jennifer",
    ])
    let map = try fixture.run("contact map")
    #expect(
      map == """
        Alpha Dynamics
        └─ Jennifer Wu — CEO
           └─ Amy Taylor — VP of Engineering

        """)
  }
}
