import PlanCommands
import PlanStore
import Testing

@Suite("Arguments and options, and where they are wrong")
struct ArgumentErrorTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new 'Acme 2027'")
  }

  private func commandError(_ line: String) -> CommandError? {
    fixture.failure(line) as? CommandError
  }

  @Test("a missing argument is reported just past the end of the line")
  func missingArgumentColumn() {
    let error = commandError("account add")
    #expect(error?.column == 12)
    guard case .at(_, .missingArgument(let name, let usage))? = error else {
      Issue.record("expected a missing argument, got \(String(describing: error))")
      return
    }
    #expect(name == "NAME")
    #expect(usage.hasPrefix("account add NAME"))
  }

  @Test("a missing required option is reported just past the end of the line")
  func missingOptionColumn() {
    let error = commandError("action add Call --owner Sam")
    #expect(error?.column == 28)
    #expect(error?.description.hasPrefix("missing option '--due'") == true)
  }

  @Test("after a quoted last word the column falls past that word's text")
  func missingOptionAfterQuotedWord() throws {
    // The word 'Sam Lee' starts at column 25; the line is 33 columns long.
    let column = try #require(commandError("action add Call --owner 'Sam Lee'")?.column)
    #expect((32...34).contains(column))
  }

  @Test("a missing argument after a multi-word command name is past that name")
  func missingArgumentAfterName() {
    #expect(commandError("details answer")?.column == 15)
  }

  @Test("an option with no value after it is reported at the option")
  func missingValueColumn() {
    let error = commandError("action add Call --due +3 --owner")
    #expect(error == .at(column: 26, .missingValue(option: "owner")))
  }

  @Test("an unknown option is reported at the option with the usage")
  func unknownOptionColumn() {
    let error = commandError("account list --colour")
    #expect(error?.column == 14)
    #expect(error?.description.hasPrefix("unknown option '--colour'; usage: account list") == true)
  }

  @Test("an argument too many is reported at that argument")
  func unexpectedArgumentColumn() {
    let error = commandError("account list extra")
    #expect(error?.column == 14)
    #expect(error?.description.hasPrefix("unexpected argument 'extra'") == true)
  }

  @Test("a flag given a value is refused")
  func flagWithValue() {
    let error = commandError("action list --overdue=yes")
    #expect(error?.column == 13)
    #expect(error?.description.contains("it is a flag") == true)
  }

  @Test("options take their value after a space or an equals sign")
  func optionForms() throws {
    try fixture.run("account add GenePoint --segment=A --industry Biotech")
    let account = try fixture.store.account(named: "GenePoint", planID: fixture.planID())
    #expect(account.segment == "A")
    #expect(account.industry == "Biotech")
  }

  @Test("after -- a word starting with dashes is an argument")
  func doubleDashEndsOptions() throws {
    try fixture.run("account add -- --weird--")
    #expect(try fixture.store.accounts(planID: fixture.planID()).map(\.name) == ["--weird--"])
  }

  @Test("an enumerated option refuses other values and names the choices")
  func enumeratedValueRefused() throws {
    let error = commandError("account add GenePoint --segment E")
    #expect(
      error
        == .at(
          column: 33,
          .invalidValue(option: "segment", value: "E", expected: "one of A, B, C, D")))
    #expect(try fixture.count("account") == 0)
  }

  @Test("an unknown --format is refused with the formats listed")
  func unknownFormat() {
    let error = commandError("account list --format xml")
    #expect(
      error
        == .at(
          column: 23,
          .invalidValue(
            option: "format", value: "xml", expected: "one of table, json, csv, markdown")))
  }

  @Test("a plan command with no current plan says how to choose one")
  func noCurrentPlan() throws {
    fixture.session.clearPlan()
    #expect(fixture.failure("account list") as? StoreError == .noCurrentPlan)
  }

  @Test("a bad date option says what dates look like")
  func badDate() {
    let error = commandError("action add Call --owner Sam --due 2027-02-30")
    #expect(
      error
        == .invalidValue(
          option: "due", value: "2027-02-30", expected: "a date as YYYY-MM-DD, today or +N"))
  }

  @Test("marking actions done where one is unknown marks none of them")
  func actionDoneRollsBack() throws {
    try fixture.run("action add 'Call Amy' --owner Sam --due 2027-01-10")
    try fixture.run("action add 'Send deck' --owner Sam --due 2027-01-11")

    #expect(fixture.failure("action done 'Call Amy' Nobody 'Send deck'") is StoreError)
    let open = try fixture.store.actions(
      planID: fixture.planID(), filter: ActionFilter(status: "open"))
    #expect(open.count == 2)
  }
}
