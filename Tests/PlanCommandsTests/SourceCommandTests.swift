import PlanCommands
import PlanStore
import Testing

@Suite("Running a file of commands with source")
struct SourceCommandTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.run("plan new Acme")
  }

  private func accountNames() throws -> [String] {
    try fixture.store.accounts(planID: fixture.planID()).map(\.name)
  }

  @Test("source runs every line of the file in the same session")
  func runsTheFile() throws {
    let path = try fixture.write("account add A\naccount add B\nset format json\n", to: "s.plansh")
    try fixture.run("source " + Quoting.quote(path))
    #expect(try accountNames() == ["A", "B"])
    #expect(fixture.session.renderer.format == .json)
  }

  @Test("source stops at the file's first error and reports it with the file's location")
  func stopsAtFirstError() throws {
    let path = try fixture.write(
      "account add A\naccount add B --segment Q\naccount add C\n", to: "s.plansh")
    let error = fixture.failure("source " + Quoting.quote(path))

    #expect((error as? CommandError)?.description == "'\(path)' had 1 failing commands")
    #expect(fixture.diagnostics.text.hasPrefix("\(path):2:"))
    #expect(try accountNames() == ["A"])
  }

  @Test("source --keep-going runs on past errors")
  func keepGoing() throws {
    let path = try fixture.write("acount list\naccount add A\n", to: "s.plansh")
    #expect(fixture.failure("source --keep-going " + Quoting.quote(path)) != nil)
    #expect(try accountNames() == ["A"])
  }

  @Test("a file that sources itself stops at a depth limit instead of looping")
  func selfSourcingStops() throws {
    let path = fixture.folder.appendingPathComponent("loop.plansh").path
    try fixture.write("source " + Quoting.quote(path) + "\n", to: "loop.plansh")
    #expect(fixture.failure("source " + Quoting.quote(path)) != nil)
    #expect(fixture.diagnostics.text.contains("nested too deep"))
    #expect(fixture.session.settings["source-depth"] == "0")
  }

  @Test("a file that cannot be read is an error naming it")
  func unreadableFile() {
    let error = fixture.failure("source /nonexistent/setup.plansh") as? CommandError
    #expect(error == .failed("cannot read '/nonexistent/setup.plansh'"))
  }
}
