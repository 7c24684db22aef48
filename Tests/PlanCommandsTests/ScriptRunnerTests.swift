import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Running scripts line by line")
struct ScriptRunnerTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
  }

  /// Runs `lines` as script `setup.plansh`; returns the number of failed commands.
  @discardableResult
  private func runScript(_ lines: [String], keepGoing: Bool = false) -> Int {
    let runner = ScriptRunner(name: "setup.plansh", keepGoing: keepGoing)
    return runner.run(in: fixture.session, from: ScriptedLines(lines))
  }

  private func accountNames() throws -> [String] {
    try fixture.store.accounts(planID: fixture.planID()).map(\.name)
  }

  @Test("a script stops at its first error, reported as file:line:column: error:")
  func stopsAtFirstError() throws {
    let failures = runScript(["plan new Acme", "account add A", "acount list", "account add B"])

    #expect(failures == 1)
    #expect(
      fixture.diagnostics.text
        == "setup.plansh:3:1: error: unknown command 'acount'; did you mean 'account list'?\n")
    #expect(try accountNames() == ["A"])
  }

  @Test("an error's column is the column in the script line")
  func errorColumn() {
    runScript(["plan new Acme", "account add GenePoint --segment A --colour red"])
    #expect(fixture.diagnostics.text.hasPrefix("setup.plansh:2:35: error: unknown option"))
  }

  @Test("with keepGoing the script runs on and counts every failure")
  func keepGoingRunsOn() throws {
    let failures = runScript(
      ["plan new Acme", "acount list", "account add A", "account add", "account add B"],
      keepGoing: true)

    #expect(failures == 2)
    #expect(try accountNames() == ["A", "B"])
    let lines = fixture.diagnostics.text.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last?.hasPrefix("setup.plansh:4:") == true)
  }

  @Test("CRLF line ends are not part of the words")
  func crlfIsStripped() throws {
    let failures = runScript(["plan new Acme\r", "account add 'A B'\r", "account add C\r"])
    #expect(failures == 0)
    #expect(try accountNames() == ["A B", "C"])
  }

  @Test("scripted text with CRLF line ends splits into lines")
  func crlfText() throws {
    let runner = ScriptRunner(name: "setup.plansh", keepGoing: false)
    let source = ScriptedLines(text: "plan new Acme\r\naccount add A\r\naccount add B\r\n")
    #expect(runner.run(in: fixture.session, from: source) == 0)
    #expect(try accountNames() == ["A", "B"])
  }

  @Test("a script file with a byte-order mark and CRLF line ends runs")
  func bomAndCRLFFile() throws {
    let path = try fixture.write(
      "\u{FEFF}plan new Acme\r\naccount add 'A B'\r\naccount add C", to: "crlf.plansh")
    let lines = try #require(StreamLines.file(path))
    let failures = ScriptRunner(name: path, keepGoing: false).run(in: fixture.session, from: lines)

    #expect(failures == 0, "\(fixture.diagnostics.text)")
    #expect(try fixture.session.requirePlan().name == "Acme")
    #expect(try accountNames() == ["A B", "C"])
  }

  @Test("a byte-order mark on the first line is dropped")
  func bomIsDropped() throws {
    #expect(runScript(["\u{FEFF}plan new Acme"]) == 0)
    #expect(try fixture.session.requirePlan().name == "Acme")
  }

  @Test("a NUL byte is refused with its line and column, and nothing on that line runs")
  func nulIsRefused() throws {
    let failures = runScript(["plan new Acme", "account add A\u{0}B", "account add C"])

    #expect(failures == 1)
    #expect(fixture.diagnostics.text == "setup.plansh:2:14: error: the line holds a NUL byte\n")
    #expect(try accountNames().isEmpty)
  }

  @Test("a NUL byte read from a file is refused too")
  func nulInFile() throws {
    let path = try fixture.write("plan new Acme\naccount add X\u{0}Y\n", to: "nul.plansh")
    let lines = try #require(StreamLines.file(path))
    ScriptRunner(name: "nul.plansh", keepGoing: false).run(in: fixture.session, from: lines)
    #expect(fixture.diagnostics.text == "nul.plansh:2:14: error: the line holds a NUL byte\n")
  }

  @Test("a quote left open at the end of the script is reported where it opened")
  func unterminatedQuoteAtEnd() {
    let failures = runScript(["plan new Acme", "account add 'Acme", "Corp"])
    #expect(failures == 1)
    #expect(fixture.diagnostics.text == "setup.plansh:2:13: error: unterminated single quote\n")
  }

  @Test("a trailing backslash on the last line is reported")
  func trailingBackslashAtEnd() {
    runScript(["plan new Acme", "account list \\"])
    #expect(fixture.diagnostics.text.hasPrefix("setup.plansh:2:"))
    #expect(fixture.diagnostics.text.contains("ends with a backslash"))
  }

  @Test("a command continued over lines runs once, and its errors name its first line")
  func continuationLines() throws {
    runScript(["plan new Acme", "account add \\", "  'Acme Corp' \\", "  --segment A"])
    #expect(try fixture.store.account(named: "Acme Corp", planID: fixture.planID()).segment == "A")

    runScript(["account add \\", "Other --segment Q"])
    #expect(fixture.diagnostics.text.hasPrefix("setup.plansh:2:17: error: invalid value 'Q'"))
  }

  @Test("a quoted value may span lines and keeps its line break")
  func multiLineQuote() throws {
    #expect(runScript(["plan new Acme", "feedback add 'first line", "second line'"]) == 0)
    let items = try fixture.store.feedback(planID: fixture.planID())
    #expect(items.map(\.text) == ["first line\nsecond line"])
  }

  @Test("quit ends the script without running the rest")
  func quitEnds() throws {
    #expect(runScript(["plan new Acme", "quit", "account add A"]) == 0)
    #expect(try accountNames().isEmpty)
  }

  @Test("quit followed by a comment still ends the script")
  func quitWithComment() throws {
    #expect(runScript(["plan new Acme", "quit   # done for today", "account add A"]) == 0)
    #expect(fixture.diagnostics.text.isEmpty)
    #expect(try accountNames().isEmpty)
  }

  @Test("comments and blank lines are skipped")
  func commentsAndBlanks() throws {
    #expect(runScript(["# set up", "", "plan new Acme   # the plan", "   "]) == 0)
    #expect(fixture.diagnostics.text.isEmpty)
  }

  @Test("without locations an error is just 'error: …'")
  func withoutLocation() {
    var runner = ScriptRunner(name: "<terminal>", keepGoing: true)
    runner.showsLocation = false
    runner.run(in: fixture.session, from: ScriptedLines(["acount list"]))
    #expect(fixture.diagnostics.text.hasPrefix("error: unknown command 'acount'"))
  }
}
