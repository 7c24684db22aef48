import Foundation
import PlanStore
import Testing

@testable import PlanCommands

/// Imports of hand-made exports that are wrong, written into the test's scratch folder.
@Suite("Refusing a broken Salesforce export whole")
struct SalesforceImportFailureTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new Broken")
    try fixture.run("account add 'Already There'")
  }

  private static let dataPlan = """
    [
      {"sobject": "Account", "files": ["Accounts.json"]},
      {"sobject": "Contact", "files": ["Contacts.json"]}
    ]
    """

  private static let accounts = """
    {"records": [
      {"attributes": {"type": "Account", "referenceId": "A1"}, "Name": "Alpha"},
      {"attributes": {"type": "Account", "referenceId": "A2"}, "Name": "Beta"}
    ]}
    """

  /// Writes an export into `folder` with `contacts` as its contact file; returns the folder.
  private func export(_ folder: String, contacts: String) throws -> String {
    try fixture.write(Self.dataPlan, to: "\(folder)/data-plan.json")
    try fixture.write(Self.accounts, to: "\(folder)/Accounts.json")
    try fixture.write(contacts, to: "\(folder)/Contacts.json")
    return fixture.folder.appendingPathComponent(folder).path
  }

  private func importError(_ folder: String) -> Error? {
    fixture.failure("import salesforce " + Quoting.quote(folder))
  }

  @Test("malformed JSON fails with file:line:column and leaves the store unchanged")
  func malformedJSON() throws {
    let folder = try export(
      "malformed",
      contacts: """
        {"records": [
          {"attributes": {"referenceId": "C1"},
           "LastName": "Taylor",, "AccountId": "@A1"}
        ]}
        """)
    let file = folder + "/Contacts.json"
    let before = try fixture.snapshot()

    let error = importError(folder) as? ImportError
    #expect(error == .malformed(file: file, line: 3, column: 25, reason: "expected a quoted key"))
    #expect(error?.description.hasPrefix("\(file):3:25: ") == true)
    #expect(try fixture.snapshot() == before)
  }

  @Test("in a script, a malformed file is reported after the script's own location")
  func malformedJSONInScript() throws {
    let folder = try export("script", contacts: "{\"records\": [\n  {]\n}")
    let runner = ScriptRunner(name: "load.plansh", keepGoing: false)
    let lines = ScriptedLines(["# load", "import salesforce " + Quoting.quote(folder)])

    #expect(runner.run(in: fixture.session, from: lines) == 1)
    #expect(
      fixture.diagnostics.text.hasPrefix(
        "load.plansh:2:1: error: \(folder)/Contacts.json:2:4: "))
  }

  @Test("an @ref that names no record fails and rolls back the accounts already written")
  func unresolvedReference() throws {
    let folder = try export(
      "unresolved",
      contacts: """
        {"records": [
          {"attributes": {"referenceId": "C1"}, "LastName": "Taylor", "AccountId": "@A1"},
          {"attributes": {"referenceId": "C2"}, "LastName": "Wu", "AccountId": "@Nowhere"}
        ]}
        """)
    let before = try fixture.snapshot()

    let error = importError(folder) as? ImportError
    #expect(
      error
        == .unresolvedReference(
          file: folder + "/Contacts.json", record: "C2", field: "AccountId", reference: "@Nowhere"))
    #expect(try fixture.snapshot() == before)
    #expect(try fixture.store.accounts(planID: fixture.planID()).map(\.name) == ["Already There"])
  }

  @Test("the same export without the bad record imports whole")
  func goodExportImports() throws {
    let folder = try export(
      "good",
      contacts: """
        {"records": [
          {"attributes": {"referenceId": "C1"}, "FirstName": "Amy", "LastName": "Taylor",
           "AccountId": "@A1"}
        ]}
        """)
    #expect(importError(folder) == nil)
    let amy = try fixture.store.contact(named: "Amy Taylor", planID: fixture.planID())
    #expect(amy.accountName == "Alpha")
  }

  @Test("a close date that is not YYYY-MM-DD fails the whole import")
  func badCloseDate() throws {
    try fixture.write(
      #"[{"sobject": "Opportunity", "files": ["Opps.json"]}]"#, to: "dates/plan.json")
    try fixture.write(
      """
      {"records": [
        {"attributes": {"referenceId": "O1"}, "Name": "Fine", "CloseDate": "2025-06-30"},
        {"attributes": {"referenceId": "O2"}, "Name": "Bad", "CloseDate": "30/06/2025"}
      ]}
      """, to: "dates/Opps.json")
    let before = try fixture.snapshot()

    let error = importError(fixture.folder.appendingPathComponent("dates").path)
    #expect(error is ImportError)
    #expect((error as? ImportError)?.description.contains("'30/06/2025'") == true)
    #expect(try fixture.snapshot() == before)
  }

  @Test(
    "a record without a name or reference id is refused",
    arguments: [
      #"{"records": [{"attributes": {"referenceId": "A9"}, "Type": "Customer"}]}"#,
      #"{"records": [{"Name": "No reference"}]}"#,
    ])
  func recordWithoutNameOrId(accounts: String) throws {
    try fixture.write(#"[{"sobject": "Account", "files": ["A.json"]}]"#, to: "bad/plan.json")
    try fixture.write(accounts, to: "bad/A.json")
    let before = try fixture.snapshot()

    #expect(importError(fixture.folder.appendingPathComponent("bad").path) is ImportError)
    #expect(try fixture.snapshot() == before)
  }

  @Test("a missing folder and a folder without a data plan are refused by name")
  func missingInputs() throws {
    let missing = fixture.folder.appendingPathComponent("nowhere").path
    #expect(importError(missing) as? ImportError == .missing(path: missing))

    try fixture.write("{}", to: "empty/Accounts.json")
    let empty = fixture.folder.appendingPathComponent("empty").path
    #expect(importError(empty) as? ImportError == .noPlanFile(folder: empty))
  }

  @Test("objects plansh does not keep are skipped with a reason")
  func unknownObjectsAreSkipped() throws {
    try fixture.write(#"[{"sobject": "Case", "files": ["Cases.json"]}]"#, to: "cases/plan.json")
    try fixture.write(
      #"{"records": [{"attributes": {"referenceId": "K1"}, "Subject": "Help"}]}"#,
      to: "cases/Cases.json")
    let printed = try fixture.run(
      "import salesforce " + Quoting.quote(fixture.folder.appendingPathComponent("cases").path))
    #expect(printed.contains("skipped 1 Case records: plansh does not keep Case records"))
  }

  @Test(
    "Salesforce stages map to won, lost and open",
    arguments: [
      ("Closed Won", "won"), ("Closed Lost", "lost"), ("Prospecting", "open"),
      ("Negotiation/Review", "open"), ("Won", "won"),
    ])
  func stageStatus(stage: String, status: String) {
    #expect(SalesforceImporter.status(stage: stage, fields: .object([])) == status)
  }

  @Test("IsWon and IsClosed flags decide the status before the stage name")
  func flagsDecideStatus() {
    let won = JSONValue.object([("IsWon", .bool(true)), ("IsClosed", .bool(true))])
    let lost = JSONValue.object([("IsWon", .bool(false)), ("IsClosed", .bool(true))])
    #expect(SalesforceImporter.status(stage: "Custom Stage", fields: won) == "won")
    #expect(SalesforceImporter.status(stage: "Custom Stage", fields: lost) == "lost")
  }
}
