import PlanCommands
import PlanStore
import Testing

@Suite("Finding the command a line names")
struct CommandLookupTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new 'Acme 2027'")
  }

  @Test("a misspelt noun suggests the nearest command")
  func misspeltNounSuggests() {
    let error = fixture.failure("acount list") as? CommandError
    #expect(error == .at(column: 1, .unknownCommand("acount", suggestion: "account list")))
    #expect(error?.description == "unknown command 'acount'; did you mean 'account list'?")
  }

  @Test("a misspelt verb suggests the command with that noun")
  func misspeltVerbSuggests() {
    let error = fixture.failure("account lst") as? CommandError
    #expect(error == .at(column: 1, .unknownCommand("account lst", suggestion: "account list")))
  }

  @Test("a word far from every command suggests help instead")
  func farWordSuggestsHelp() {
    let error = fixture.failure("xyzzy plugh") as? CommandError
    #expect(error == .at(column: 1, .unknownCommand("xyzzy", suggestion: nil)))
    #expect(error?.description.contains("type 'help'") == true)
  }

  @Test("a noun alone lists the verbs it takes")
  func nounAloneListsVerbs() {
    let error = fixture.failure("account") as? CommandError
    #expect(
      error
        == .at(column: 1, .incompleteCommand("account", choices: ["add", "list", "remove", "set"])))
  }

  @Test("command names ignore case")
  func namesIgnoreCase() throws {
    try fixture.run("ACCOUNT Add GenePoint")
    #expect(try fixture.store.accounts(planID: fixture.planID()).map(\.name) == ["GenePoint"])
  }

  @Test("every catalog command has a two-word name at most, help text and a unique name")
  func catalogIsWellFormed() {
    let specs = PlanCommandCatalog.all
    #expect(Set(specs.map(\.name)).count == specs.count)
    for spec in specs {
      #expect((1...2).contains(spec.path.count), "\(spec.name)")
      #expect(!spec.summary.isEmpty, "\(spec.name)")
      #expect(spec.path.allSatisfy { $0 == $0.lowercased() }, "\(spec.name)")
    }
  }

  @Test("help for a command shows its usage and options")
  func helpForACommand() throws {
    let text = try fixture.run("help action add")
    #expect(text.contains("usage: action add NAME --owner WHO --due DATE [--objective OBJECTIVE]"))
    #expect(text.contains("--objective OBJECTIVE"))
  }

  @Test("--help after a command prints its help and runs nothing")
  func dashDashHelp() throws {
    let text = try fixture.run("account add --help")
    #expect(text.contains("usage: account add NAME"))
    #expect(try fixture.count("account") == 0)
  }

  @Test("help for an unknown noun is an error with a suggestion")
  func helpForUnknownNoun() {
    let error = fixture.failure("help acount") as? CommandError
    #expect(error == .unknownCommand("acount", suggestion: "account"))
  }

  @Test("edit distance suggestions stay within a third of the typed length")
  func suggestionLimit() {
    let table = CommandTable(PlanCommandCatalog.all)
    #expect(table.nearest(to: "acount add") == "account add")
    #expect(table.nearest(to: "contcat") == "contact")
    #expect(table.nearest(to: "zzzzzzzzzz") == nil)
  }
}
