import PlanStore
import Testing

@Suite("Finding things by name or id")
struct NameResolutionTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    plan = try fixture.makePlan()
    for name in ["Alpha Dynamics", "Alpine Freight", "Acme", "Acme Logistics", "GenePoint"] {
      try fixture.store.addAccount(planID: plan.id, name: name)
    }
  }

  private func find(_ reference: String) throws -> Account {
    try fixture.store.account(named: reference, planID: plan.id)
  }

  @Test("an all-digit reference finds the row with that id")
  func findsById() throws {
    let genePoint = try find("GenePoint")
    #expect(try find(String(genePoint.id)).name == "GenePoint")
  }

  @Test("an exact name is found whatever its case")
  func findsExactNameIgnoringCase() throws {
    #expect(try find("genepoint").name == "GenePoint")
    #expect(try find("ALPHA DYNAMICS").name == "Alpha Dynamics")
  }

  @Test("an exact name wins over longer names that start with it")
  func exactNameBeatsPrefix() throws {
    #expect(try find("acme").name == "Acme")
  }

  @Test("a prefix that only one name starts with finds that row")
  func findsUniquePrefix() throws {
    #expect(try find("Gene").name == "GenePoint")
    #expect(try find("alph").name == "Alpha Dynamics")
  }

  @Test("a prefix several names start with is an error listing them with their ids")
  func ambiguousPrefixListsMatches() throws {
    let alpha = try find("Alpha Dynamics")
    let alpine = try find("Alpine Freight")
    let expected = StoreError.ambiguous(
      kind: "account", name: "Alp",
      matches: ["Alpha Dynamics (id \(alpha.id))", "Alpine Freight (id \(alpine.id))"])

    #expect(throws: expected) { try find("Alp") }
    #expect(expected.description.contains("matches several accounts"))
  }

  @Test("two rows with the same exact name are ambiguous, not a silent choice")
  func duplicateExactNamesAreAmbiguous() throws {
    try fixture.store.addAccount(planID: plan.id, name: "Sales", parent: "Acme")
    try fixture.store.addAccount(planID: plan.id, name: "Sales", parent: "GenePoint")

    #expect {
      try find("sales")
    } throws: { error in
      guard case StoreError.ambiguous(_, _, let matches) = error else { return false }
      return matches.count == 2 && matches.allSatisfy { $0.hasPrefix("Sales (id ") }
    }
  }

  @Test("a name nothing matches is not found")
  func unknownNameIsNotFound() {
    #expect(throws: StoreError.notFound(kind: "account", name: "Initech")) {
      try find("Initech")
    }
  }

  @Test("an id from another plan is not found in this one")
  func idsAreScopedToThePlan() throws {
    let other = try fixture.makePlan("Other plan")
    let stranger = try fixture.store.addAccount(planID: other.id, name: "Stranger")

    #expect(throws: StoreError.self) {
      try fixture.store.account(named: String(stranger.id), planID: plan.id)
    }
  }

  @Test("LIKE wildcards in a reference match only themselves")
  func wildcardsAreLiteral() throws {
    try fixture.store.addAccount(planID: plan.id, name: "100% Cotton")
    try fixture.store.addAccount(planID: plan.id, name: "1000 Lakes")

    #expect(try find("100%").name == "100% Cotton")
    #expect(throws: StoreError.notFound(kind: "account", name: "_lpha")) { try find("_lpha") }
  }

  @Test("plans are found by exact name, by prefix, and refused when ambiguous")
  func plansByName() throws {
    try fixture.makePlan("Acme 2028")
    #expect(try fixture.store.plan(named: "acme 2027").id == plan.id)
    #expect(throws: StoreError.self) { try fixture.store.plan(named: "Acme 20") }
    #expect(throws: StoreError.notFound(kind: "plan", name: "Initech")) {
      try fixture.store.plan(named: "Initech")
    }
  }

  @Test("an underscore in a plan prefix is not a wildcard")
  func planPrefixWildcardsAreLiteral() throws {
    try fixture.makePlan("Q_North")
    try fixture.makePlan("QxNorth")
    #expect(try fixture.store.plan(named: "Q_").name == "Q_North")
  }

  @Test("completion offers the plan's names starting with what was typed")
  func completionNames() throws {
    let names = try fixture.store.names(in: .account, planID: plan.id, startingWith: "Al")
    #expect(names == ["Alpha Dynamics", "Alpine Freight"])
    #expect(try fixture.store.names(in: .account, planID: nil, startingWith: "").isEmpty)
  }
}
