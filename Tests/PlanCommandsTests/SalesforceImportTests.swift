import Foundation
import PlanCommands
import PlanStore
import Testing

/// Imports of the public Salesforce sample data, read in place from ../shared/realdata.
@Suite("Importing the Salesforce sample data")
struct SalesforceImportTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new Recipes")
  }

  /// Imports sample `name` into the current plan; returns what the command printed.
  @discardableResult
  private func importSample(_ name: String) throws -> String {
    try fixture.run("import salesforce " + Quoting.quote(RealData.folder(name)))
  }

  private func opportunities() throws -> [Opportunity] {
    try fixture.store.opportunities(planID: fixture.planID())
  }

  @Test(
    "lwc-recipes brings exactly 10 accounts, 6 contacts and 20 opportunities",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesCounts() throws {
    let printed = try importSample("lwc-recipes")
    let planID = try fixture.planID()

    #expect(try fixture.store.accounts(planID: planID).count == 10)
    #expect(try fixture.store.contacts(planID: planID).count == 6)
    #expect(try opportunities().count == 20)
    #expect(
      printed.contains(
        "10 accounts (10 created), 6 contacts (6 created), 20 opportunities (20 created)"))
  }

  @Test(
    "accounts arrive as top-level accounts, known by their reference within the export",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesAccounts() throws {
    try importSample("lwc-recipes")
    let alpha = try fixture.store.account(named: "Alpha Dynamics", planID: fixture.planID())
    #expect(alpha.kind == "account")
    #expect(alpha.parentID == nil)
    #expect(alpha.industry == "")
    #expect(alpha.externalRef == "salesforce:" + RealData.folder("lwc-recipes") + "#AccountRef1")
  }

  @Test(
    "contacts keep their titles and the accounts their @refs name",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesContacts() throws {
    try importSample("lwc-recipes")
    let planID = try fixture.planID()
    let amy = try fixture.store.contact(named: "Amy Taylor", planID: planID)
    #expect(amy.title == "VP of Engineering")
    #expect(amy.accountName == "Alpha Dynamics")
    #expect(amy.email == "amy@demo.net")

    let michael = try fixture.store.contact(named: "Michael Jones", planID: planID)
    #expect(michael.title == "VP of Sales")
    #expect(michael.accountName == "Madison Investments")
    #expect(try fixture.store.contacts(planID: planID).allSatisfy { !$0.title.isEmpty })
  }

  @Test(
    "an opportunity keeps its amount in minor units, close date, stage and account",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesOpportunity() throws {
    try importSample("lwc-recipes")
    let cloud = try #require(try opportunities().first { $0.name == "Cloud Platform Expansion" })
    #expect(cloud.amountMinor == 12_500_000)
    #expect(cloud.closeDate == "2025-06-30")
    #expect(cloud.stage == "Proposal/Price Quote")
    #expect(cloud.status == "open")
    #expect(cloud.accountName == "Alpha Dynamics")
  }

  @Test(
    "closed stages become 2 won and 1 lost; the other 17 are open",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesStatuses() throws {
    try importSample("lwc-recipes")
    let statuses = try opportunities().map(\.status)
    #expect(statuses.filter { $0 == "won" }.count == 2)
    #expect(statuses.filter { $0 == "lost" }.count == 1)
    #expect(statuses.filter { $0 == "open" }.count == 17)
    let won = try opportunities().first { $0.name == "API Integration Project" }
    #expect(won?.status == "won")
  }

  @Test(
    "importing again creates no duplicates and reports everything unchanged",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesReimport() throws {
    try importSample("lwc-recipes")
    let before = try fixture.snapshot()
    let printed = try importSample("lwc-recipes")
    let after = try fixture.snapshot()

    for table in ["account", "contact", "opportunity", "solution"] {
      #expect(after[table] == before[table], "\(table)")
    }
    #expect(
      printed.contains(
        "10 accounts (10 unchanged), 6 contacts (6 unchanged), 20 opportunities (20 unchanged)"))
  }

  @Test(
    "importing again puts back a field changed in plansh and reports one update",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesReimportRestores() throws {
    try importSample("lwc-recipes")
    try fixture.run("opportunity set 'Cloud Platform Expansion' --amount 1")
    let printed = try importSample("lwc-recipes")

    #expect(printed.contains("20 opportunities (1 updated, 19 unchanged)"))
    let cloud = try opportunities().first { $0.name == "Cloud Platform Expansion" }
    #expect(cloud?.amountMinor == 12_500_000)
  }

  @Test(
    "the same data imported into a second plan makes that plan's own rows",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesSecondPlan() throws {
    try importSample("lwc-recipes")
    try fixture.run("plan new Second")
    let printed = try importSample("lwc-recipes")
    #expect(printed.contains("10 accounts (10 created)"))
    #expect(try fixture.count("account") == 20)
  }

  @Test(
    "imported opportunities list as JSON with their amounts",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func recipesJSONListing() throws {
    try importSample("lwc-recipes")
    let text = try fixture.run("opportunity list --format json")
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    #expect(objects.count == 20)
    let cloud = objects.first { $0["name"] as? String == "Cloud Platform Expansion" }
    #expect(cloud?["amount"] as? Int == 125_000)
    #expect(cloud?["close_date"] as? String == "2025-06-30")
  }

  @Test(
    "ebikes-lwc brings 16 products as solutions with their families, and 3 accounts",
    .enabled(if: RealData.isPresent("ebikes-lwc"), "../shared/realdata/ebikes-lwc is absent"))
  func ebikes() throws {
    let printed = try importSample("ebikes-lwc")
    let planID = try fixture.planID()
    let solutions = try fixture.store.solutions(planID: planID)

    #expect(solutions.count == 16)
    #expect(solutions.first { $0.name == "FUSE X1" }?.family == "Fuse")
    #expect(Set(solutions.map(\.family)) == ["Dynamo", "Electra", "Fuse", "Volt"])
    #expect(
      try fixture.store.accounts(planID: planID).map(\.name).sorted()
        == ["Northern Trail Cycling", "Trailblazers", "Wheelworks"])
    #expect(printed.contains("3 accounts (3 created), 16 solutions (16 created)"))
  }

  @Test(
    "ebikes-lwc imported twice leaves 16 solutions, all unchanged",
    .enabled(if: RealData.isPresent("ebikes-lwc"), "../shared/realdata/ebikes-lwc is absent"))
  func ebikesReimport() throws {
    try importSample("ebikes-lwc")
    let printed = try importSample("ebikes-lwc")
    #expect(try fixture.count("solution") == 16)
    #expect(printed.contains("16 solutions (16 unchanged)"))
  }
}
