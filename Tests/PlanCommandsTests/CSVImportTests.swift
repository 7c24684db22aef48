import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Importing CSV files from any CRM")
struct CSVImportTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new Acme")
  }

  /// Writes `text` to a file and imports it as `kind`; returns what was printed.
  @discardableResult
  private func importCSV(
    _ kind: String, _ text: String, _ options: String = "",
    name: String = "in.csv"
  ) throws -> String {
    let path = try fixture.write(text, to: name)
    return try fixture.run("import csv \(kind) " + Quoting.quote(path) + options)
  }

  /// The error importing `text` gives, with the file's path replaced by `FILE`.
  private func failure(_ kind: String, _ text: String, _ options: String = "") throws -> String {
    let path = try fixture.write(text, to: "bad.csv")
    let error = try #require(fixture.failure("import csv \(kind) " + Quoting.quote(path) + options))
    return "\(error)".replacingOccurrences(of: path, with: "FILE")
  }

  private func accounts() throws -> [Account] {
    try fixture.store.accounts(planID: fixture.planID())
  }

  private func contacts() throws -> [Contact] {
    try fixture.store.contacts(planID: fixture.planID())
  }

  @Test("a column map names the columns; a BOM, CRLF, quotes and ragged rows are read right")
  func mappedAccounts() throws {
    let text =
      "\u{FEFF}Company,Parent Company,Tier,Focus\r\n"
      + "\"Acme, Europe\",Acme,b,no,extra\r\n"
      + "Acme,,A,Yes\r\n"
      + "Beta\r\n"
    let printed = try importCSV("accounts", text, " --map 'segment=Tier,targeted=focus'")
    let rows = try accounts()

    #expect(printed.contains("3 created, 0 updated, 0 unchanged, 0 skipped"))
    #expect(rows.map(\.name) == ["Acme", "Acme, Europe", "Beta"])
    #expect(rows[1].parentName == "Acme")
    #expect(rows[1].kind == "division")
    #expect(rows[1].segment == "B")
    #expect(rows[0].targeted && !rows[1].targeted)
  }

  @Test("contacts take first and last names, and a manager listed further down")
  func contactsWithManagers() throws {
    try fixture.run("account add Acme")
    let text =
      "First Name,Last Name,Company,Job Title,Manager,Support\n"
      + "Bo,Dee,Acme,\"VP\nSales\",Ana Lima,Supporter\n"
      + "Ana,Lima,Acme,CEO,,MENTOR\n"
    let printed = try importCSV("contacts", text)
    let bo = try #require(try contacts().first { $0.name == "Bo Dee" })

    #expect(printed.contains("2 created"))
    #expect(bo.title == "VP\nSales")
    #expect(bo.reportsToName == "Ana Lima")
    #expect(bo.support == "supporter")
  }

  @Test("importing again matches by id or name, and says why rows were skipped")
  func reimport() throws {
    let first = "id,name,industry\n1,Acme,Retail\n2,Beta,Banking\n,,\n"
    try importCSV("accounts", first)
    let second = "id,name,industry\n1,Acme Corp,Retail\n2,Beta,Banking\n3,,\n"
    let printed = try importCSV("accounts", second)

    #expect(printed.contains("0 created, 1 updated, 1 unchanged, 1 skipped"))
    #expect(printed.contains(":4: skipped: no account name"))
    #expect(try accounts().map(\.name) == ["Acme Corp", "Beta"])
  }

  @Test("a name several records share is skipped with the reason, the rest imported")
  func ambiguousName() throws {
    try fixture.run("account add Acme")
    try fixture.run("account add Acme --parent Acme")
    let printed = try importCSV("accounts", "name,industry\nAcme,Retail\nBeta,Banking\n")

    #expect(printed.contains("1 created, 0 updated, 0 unchanged, 1 skipped"))
    #expect(printed.contains(":2: skipped: 'Acme' matches several accounts"))
  }

  @Test("actions take dates, CRM task states and an objective")
  func actions() throws {
    try fixture.run("objective add 'Win Acme'")
    let text =
      "Subject,Assigned To,Due Date,Status,Objective\n"
      + "Call Ana,Sam,2027-01-31,Not Started,Win Acme\n"
      + "Send deck,Sam,2027-02-01T09:00:00Z,Completed,\n"
    try importCSV("actions", text)
    let actions = try fixture.store.actions(planID: fixture.planID())

    #expect(actions.map(\.name) == ["Call Ana", "Send deck"])
    #expect(actions[0].objectiveName == "Win Acme" && actions[0].status == "open")
    #expect(actions[1].dueOn == "2027-02-01" && actions[1].status == "done")
    #expect(actions[1].doneAt != nil)
  }

  @Test("a wrong value stops the import at file:line:column, and nothing is written")
  func wrongValueLocation() throws {
    try fixture.run("account add Acme")
    let before = try fixture.snapshot()
    let text = "name,title,support\nAna,\"Chief\nExecutive\",mentor\nBo,VP,  friendly\n"

    #expect(
      try failure("contacts", text) == "FILE:4:7: invalid support '  friendly' in column "
        + "'support': expected one of mentor, supporter, neutral, non-supporter, enemy")
    #expect(try fixture.snapshot() == before)
  }

  @Test("a reference to a missing account is placed at its cell")
  func missingAccount() throws {
    #expect(
      try failure("contacts", "name,company\nAna,Nowhere Inc\n")
        == "FILE:2:5: no account named 'Nowhere Inc' (column 'company')")
  }

  @Test("a loop of parents is refused at the parent's cell")
  func parentLoop() throws {
    let text = "name,parent\nA,B\nB,A\n"
    #expect(try failure("accounts", text).hasPrefix("FILE:3:3: invalid parent 'A': "))
    #expect(try fixture.count("account") == 0)
  }

  @Test("map mistakes are named: an unknown field, a column the header lacks, no name")
  func mapMistakes() throws {
    let text = "Full Name,Company\nAna,Acme\n"
    #expect(
      try failure("contacts", text, " --map 'nmae=Full Name'")
        .hasPrefix("invalid value 'nmae=Full Name' for --map: expected FIELD=COLUMN"))
    #expect(
      try failure("contacts", text, " --map 'title=Job Title'")
        .hasPrefix("FILE:1:1: the header has no column 'Job Title' (mapped to title)"))
    #expect(
      try failure("accounts", "Firm\nAcme\n")
        == "FILE:1:1: no column gives the account's name; map one with --map 'name=COLUMN'")
    #expect(
      try failure("contacts", "name\n\"Ana\n")
        == "FILE:2:1: a quoted field is never closed")
  }

  @Test("a kind plansh cannot import from CSV is named with the kinds it can")
  func unknownKind() throws {
    #expect(
      try failure("deals", "name\nBig deal\n")
        == "cannot import 'deals' from CSV: the kinds are accounts, contacts, actions")
  }

  @Test("a map entry may be quoted to name a column holding a comma")
  func quotedMapEntry() throws {
    try importCSV("accounts", "\"Name, legal\",x\nAcme Ltd,1\n", " --map '\"name=Name, legal\"'")
    #expect(try accounts().map(\.name) == ["Acme Ltd"])
  }

  @Test("--dry-run reports what would change and changes nothing")
  func dryRun() throws {
    let before = try fixture.snapshot()
    let printed = try importCSV("accounts", "name\nAcme\nBeta\n", " --dry-run")

    #expect(printed.hasPrefix("dry run of "))
    #expect(printed.contains("2 created"))
    #expect(try fixture.snapshot() == before)
  }

  @Test("the CSV reader gives each field's line and column")
  func fieldPlaces() throws {
    let records = try CSVReader.records("a,b\r\n\"x\ny\",z\n\n ,w\n")
    let places = records.map { $0.map { "\($0.line):\($0.column)" } }
    #expect(places == [["1:1", "1:3"], ["2:1", "3:4"], ["5:1", "5:3"]])
    #expect(records[1][0].text == "x\ny")
  }
}
