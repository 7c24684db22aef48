import Foundation
import PlanCommands
import PlanStore
import Testing

/// Salesforce CSV exports: the sample report export, and Data Export object files.
@Suite("Importing Salesforce CSV exports")
struct SalesforceCSVImportTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new Reports")
  }

  private var report: String { RealData.folder("lwc-recipes") + "/Accounts-Contacts.csv" }

  @Test(
    "the report export (byte-order mark, ragged rows, Object: Field headers) brings its records",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func reportExport() throws {
    let printed = try fixture.run("import salesforce " + Quoting.quote(report))
    let planID = try fixture.planID()

    #expect(printed.contains("10 accounts (10 created), 6 contacts (6 created)"))
    #expect(!printed.contains("skipped"))
    let accounts = try fixture.store.accounts(planID: planID)
    #expect(accounts.map(\.name).contains("Alpha Dynamics"))
    #expect(
      accounts.first { $0.name == "Alpha Dynamics" }?.externalRef
        == "salesforce:name:Alpha Dynamics")
    let amy = try #require(
      try fixture.store.contacts(planID: planID).first {
        $0.name == "Amy Taylor"
      })
    #expect(amy.title == "VP of Engineering" && amy.accountName == "Alpha Dynamics")
    #expect(amy.email == "amy@demo.net")
  }

  @Test(
    "the report export and the data-tree export of the same org meet instead of doubling",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func reportThenTree() throws {
    try fixture.run("import salesforce " + Quoting.quote(report))
    let again = try fixture.run("import salesforce " + Quoting.quote(report))
    let tree = try fixture.run("import salesforce " + Quoting.quote(RealData.folder("lwc-recipes")))

    #expect(again.contains("10 accounts (10 unchanged), 6 contacts (6 unchanged)"))
    #expect(tree.contains("10 accounts (10 unchanged), 6 contacts (6 unchanged)"))
    #expect(try fixture.count("account") == 10)
    #expect(try fixture.count("contact") == 6)
  }

  @Test("a dry run reports what would change and changes nothing")
  func dryRun() throws {
    try fixture.write("Id,Name,Industry\n001A,Acme,Energy\n", to: "export/Account.csv")
    let before = try fixture.snapshot()
    let printed = try fixture.run(
      "import salesforce " + Quoting.quote(fixture.folder.appendingPathComponent("export").path)
        + " --dry-run")
    #expect(printed.contains("dry run of"))
    #expect(printed.contains("1 account (1 created)"))
    #expect(try fixture.snapshot() == before)
  }

  @Test("Data Export files import in reference order, with ids, whatever their names' order")
  func dataExportFolder() throws {
    try fixture.write(
      "Id,AccountId,FirstName,LastName,Title\n003A,001A,Ana,Lima,\"Director, IT\"\n",
      to: "export/Contact.csv")
    try fixture.write(
      "\u{FEFF}Id,Name,ParentId\r\n001A,Acme,\r\n001B,Acme Logistics,001A\r\n",
      to: "export/Account.csv")
    let folder = fixture.folder.appendingPathComponent("export").path

    try fixture.run("import salesforce " + Quoting.quote(folder))

    let accounts = try fixture.store.accounts(planID: fixture.planID())
    #expect(accounts.first { $0.name == "Acme Logistics" }?.parentName == "Acme")
    #expect(accounts.first { $0.name == "Acme Logistics" }?.kind == "division")
    let contact = try #require(try fixture.store.contacts(planID: fixture.planID()).first)
    #expect(contact.name == "Ana Lima" && contact.title == "Director, IT")
    #expect(contact.accountName == "Acme")
  }

  @Test("a CSV with a quote never closed is refused at its line and column, nothing written")
  func unclosedQuote() throws {
    let file = try fixture.write("Id,Name\n001A,\"Acme\n001B,Beta\n", to: "bad/Account.csv")
    let before = try fixture.snapshot()
    let error = fixture.failure("import salesforce " + Quoting.quote(file))
    #expect("\(error!)" == "\(file):2:6: a quoted field is never closed")
    #expect(try fixture.snapshot() == before)
  }

  @Test(
    "two exports whose records share reference ids stay apart",
    .enabled(
      if: RealData.isPresent("lwc-recipes") && RealData.isPresent("ebikes-lwc"),
      "../shared/realdata is absent"))
  func exportsDoNotCollide() throws {
    try fixture.run("import salesforce " + Quoting.quote(RealData.folder("lwc-recipes")))
    let second = try fixture.run(
      "import salesforce " + Quoting.quote(RealData.folder("ebikes-lwc")))
    #expect(second.contains("3 accounts (3 created)"))
    let names = try fixture.store.accounts(planID: fixture.planID()).map(\.name)
    #expect(names.contains("Alpha Dynamics") && names.contains("Wheelworks"))
    #expect(names.count == 13)
  }

  @Test("an opportunity amount that is not money refuses the whole import")
  func badAmountRefused() throws {
    try fixture.write(
      "Id,Name\n001A,Acme\n", to: "amounts/Account.csv")
    try fixture.write(
      "Id,AccountId,Name,Amount,StageName\n006A,001A,Deal,lots,Prospecting\n",
      to: "amounts/Opportunity.csv")
    let before = try fixture.snapshot()
    let error = fixture.failure(
      "import salesforce " + Quoting.quote(fixture.folder.appendingPathComponent("amounts").path))
    #expect("\(error!)".contains("has Amount 'lots', not an amount of money"))
    #expect(try fixture.snapshot() == before)
  }

  @Test("a bad record is named at the line it starts on, past blank lines and quoted breaks")
  func badRecordNamesItsLine() throws {
    let file = try fixture.write(
      "Id,Name,Description\n\n001A,Acme,\"two\nlines\"\n\n001B,,nameless\n",
      to: "lines/Account.csv")
    let error = fixture.failure("import salesforce " + Quoting.quote(file))
    #expect("\(error!)" == "\(file):6: '001B' has no Name")
  }

  @Test("a folder named like an object file is refused without a made-up place")
  func folderNamedLikeAFile() throws {
    try fixture.write("Id,Name\n001A,Acme\n", to: "withfolder/Contact.csv")
    let inner = fixture.folder.appendingPathComponent("withfolder/Account.csv").path
    try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
    let error = fixture.failure(
      "import salesforce "
        + Quoting.quote(fixture.folder.appendingPathComponent("withfolder").path))
    #expect("\(error!)" == "cannot read '\(inner)': no such file or folder")
  }
}

/// A Data Export file lists records in no particular order: parents and managers may come
/// after the records that name them.
@Suite("Importing Salesforce records listed before their parents and managers")
struct SalesforceOrderTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new Order")
  }

  @discardableResult
  private func importFolder(_ name: String) throws -> String {
    try fixture.run(
      "import salesforce " + Quoting.quote(fixture.folder.appendingPathComponent(name).path))
  }

  @Test("a division listed before its parent and a report before their manager are linked")
  func laterParentsAndManagers() throws {
    try fixture.write(
      "Id,Name,ParentId\n001B,Acme Logistics,001A\n001A,Acme,\n", to: "late/Account.csv")
    try fixture.write(
      "Id,AccountId,FirstName,LastName,ReportsToId\n"
        + "003B,001A,Ben,Ng,003A\n003A,001A,Ana,Lima,\n",
      to: "late/Contact.csv")

    let printed = try importFolder("late")

    #expect(printed.contains("2 accounts (2 created), 2 contacts (2 created)"))
    let accounts = try fixture.store.accounts(planID: fixture.planID())
    let division = try #require(accounts.first { $0.name == "Acme Logistics" })
    #expect(division.parentName == "Acme" && division.kind == "division")
    let contacts = try fixture.store.contacts(planID: fixture.planID())
    #expect(contacts.first { $0.name == "Ben Ng" }?.reportsToName == "Ana Lima")
  }

  @Test("importing the same file again changes nothing; a new manager counts as an update")
  func laterManagerAgain() throws {
    let rows = "Id,AccountId,FirstName,LastName,ReportsToId\n"
    try fixture.write(rows + "003B,,Ben,Ng,003A\n003A,,Ana,Lima,\n", to: "again/Contact.csv")
    try importFolder("again")
    let same = try importFolder("again")
    #expect(same.contains("2 contacts (2 unchanged)"))

    try fixture.write(
      rows + "003B,,Ben,Ng,003C\n003A,,Ana,Lima,\n003C,,Cy,Otto,\n", to: "again/Contact.csv")
    let moved = try importFolder("again")

    #expect(moved.contains("3 contacts (1 created, 1 updated, 1 unchanged)"))
    let contacts = try fixture.store.contacts(planID: fixture.planID())
    #expect(contacts.first { $0.name == "Ben Ng" }?.reportsToName == "Cy Otto")
  }

  @Test("a manager that names no record, or a loop of parents, refuses the whole import")
  func unresolvedAndLoops() throws {
    try fixture.write(
      "Id,FirstName,LastName,ReportsToId\n003B,Ben,Ng,003Z\n", to: "missing/Contact.csv")
    try fixture.write(
      "Id,Name,ParentId\n001A,Acme,001B\n001B,Beta,001A\n", to: "loop/Account.csv")
    let before = try fixture.snapshot()

    let missing = try #require(
      fixture.failure(
        "import salesforce "
          + Quoting.quote(fixture.folder.appendingPathComponent("missing").path)))
    let loop = try #require(
      fixture.failure(
        "import salesforce " + Quoting.quote(fixture.folder.appendingPathComponent("loop").path)))

    #expect("\(missing)".hasSuffix("has ReportsToId '003Z', which names no record"))
    #expect("\(loop)".hasSuffix("'001A' has ParentId '001B', which makes a loop"))
    #expect(try fixture.snapshot() == before)
  }

  @Test("a hierarchy turned round since the last import is no loop")
  func reorganisedAgain() throws {
    try fixture.write("Id,Name,ParentId\n001A,A,\n001B,B,001A\n001C,C,\n", to: "org/Account.csv")
    try fixture.write(
      "Id,FirstName,LastName,ReportsToId\n003A,Ana,Lima,\n003B,Ben,Ng,003A\n003C,Cy,Otto,\n",
      to: "org/Contact.csv")
    try importFolder("org")
    // Now A is under B, and B under C; Ana reports to Ben, who reports to Cy.
    try fixture.write(
      "Id,Name,ParentId\n001A,A,001B\n001B,B,001C\n001C,C,\n", to: "org/Account.csv")
    try fixture.write(
      "Id,FirstName,LastName,ReportsToId\n003A,Ana,Lima,003B\n003B,Ben,Ng,003C\n"
        + "003C,Cy,Otto,\n",
      to: "org/Contact.csv")

    let printed = try importFolder("org")

    #expect(printed.contains("3 accounts (2 updated, 1 unchanged)"))
    #expect(printed.contains("3 contacts (2 updated, 1 unchanged)"))
    let accounts = try fixture.store.accounts(planID: fixture.planID())
    #expect(accounts.first { $0.name == "A" }?.parentName == "B")
    #expect(accounts.first { $0.name == "B" }?.parentName == "C")
    let contacts = try fixture.store.contacts(planID: fixture.planID())
    #expect(contacts.first { $0.name == "Ana Lima" }?.reportsToName == "Ben Ng")
  }

  @Test("a record listed twice cannot close a loop with its second row")
  func repeatedRecordLoop() throws {
    try fixture.write(
      "Id,FirstName,LastName,ReportsToId\n003X,Xi,Wu,\n003A,Ana,Lima,003X\n003X,Xi,Wu,003A\n",
      to: "twice/Contact.csv")
    try fixture.write(
      "Id,FirstName,LastName,ReportsToId\n003S,Sam,Reyes,003S\n", to: "itself/Contact.csv")
    let before = try fixture.snapshot()

    let twice = try #require(
      fixture.failure(
        "import salesforce " + Quoting.quote(fixture.folder.appendingPathComponent("twice").path)))
    let itself = try #require(
      fixture.failure(
        "import salesforce "
          + Quoting.quote(fixture.folder.appendingPathComponent("itself").path)))

    #expect(
      "\(twice)".hasSuffix("Contact.csv:4: '003X' has ReportsToId '003A', which makes a loop"))
    #expect("\(itself)".hasSuffix("'003S' has ReportsToId '003S', which makes a loop"))
    #expect(try fixture.snapshot() == before)
  }

  @Test("a manager's id that names an account, or an account id naming a contact, is refused")
  func referenceToAnotherKind() throws {
    try fixture.write("Id,Name\n001A,Acme\n001B,Beta\n", to: "kinds/Account.csv")
    try fixture.write(
      "Id,AccountId,FirstName,LastName,ReportsToId\n003A,001A,Ana,Lima,\n"
        + "003B,001A,Ben,Ng,001B\n",
      to: "kinds/Contact.csv")
    try fixture.write(
      "Id,Name\n001A,Acme\n", to: "kinds2/Account.csv")
    try fixture.write(
      "Id,AccountId,FirstName,LastName\n003A,001A,Ana,Lima\n003B,003A,Ben,Ng\n",
      to: "kinds2/Contact.csv")
    let before = try fixture.snapshot()

    let manager = try #require(
      fixture.failure(
        "import salesforce " + Quoting.quote(fixture.folder.appendingPathComponent("kinds").path)))
    let account = try #require(
      fixture.failure(
        "import salesforce "
          + Quoting.quote(fixture.folder.appendingPathComponent("kinds2").path)))

    #expect("\(manager)".hasSuffix("record '003B' has ReportsToId '001B', which names no record"))
    #expect("\(account)".hasSuffix("record '003B' has AccountId '003A', which names no record"))
    #expect(try fixture.snapshot() == before)
  }

  @Test("a loop behind a long reporting line is found without walking it for every report")
  func deepLineChecksOnce() throws {
    // 2,000 reports listed before a 2,000-deep line of managers: each report waits, and
    // each wait ends at the bottom of the line (this took minutes when each was walked).
    var rows = ["Id,FirstName,LastName,ReportsToId"]
    for index in 0..<2_000 { rows.append("003R\(index),R,N\(index),003M1999") }
    for index in 0..<2_000 {
      rows.append("003M\(index),M,N\(index),\(index == 0 ? "" : "003M\(index - 1)")")
    }
    try fixture.write(rows.joined(separator: "\n") + "\n", to: "deep/Contact.csv")
    let started = Date()

    let printed = try importFolder("deep")

    #expect(printed.contains("4000 contacts (4000 created)"))
    #expect(Date().timeIntervalSince(started) < 30)
  }
}
