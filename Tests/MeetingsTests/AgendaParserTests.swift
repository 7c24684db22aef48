import Foundation
import PlanCommands
import Testing

@testable import Meetings

/// A place in an agenda (not Swift Testing's own `SourceLocation`).
private typealias Place = PlanCommands.SourceLocation

/// The shipped agenda files, found from this source file.
private let shippedAgendaFiles: [String] = {
  let folder = MeetingFixture.shippedAgendas
  let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  return files.filter { $0.hasSuffix(".agenda") }.sorted().map { folder + "/" + $0 }
}()

@Suite("Agenda scripts")
struct AgendaParserTests {
  private func parser(folders: [String]) -> AgendaParser {
    AgendaParser(
      commands: MeetingCatalog.commandTable(), library: AgendaLibrary(folders: folders))
  }

  /// The problems parsing `path` reports, or none when it parses.
  private func problems(_ path: String, folders: [String] = []) -> [AgendaProblem] {
    do {
      _ = try parser(folders: folders).parse(file: path)
      return []
    } catch .invalid(let problems) {
      return problems
    } catch {
      Issue.record("unexpected error \(error)")
      return []
    }
  }

  @Test("the package ships at least the Test & Improve agenda")
  func shipsTheDefaultAgenda() {
    #expect(shippedAgendaFiles.contains { $0.hasSuffix("/test-and-improve.agenda") })
  }

  @Test(
    "every shipped agenda parses, with known areas and positive timeboxes",
    arguments: shippedAgendaFiles)
  func shippedAgendaParses(path: String) throws {
    let agenda = try parser(folders: [MeetingFixture.shippedAgendas]).parse(file: path)
    #expect(!agenda.steps.isEmpty)
    for step in agenda.steps {
      #expect(step.area.isEmpty || PlanAreas.names.contains(step.area), "\(step.title)")
      #expect(step.minutes > 0, "\(step.title)")
      #expect(step.location.file == path)
    }
  }

  @Test("the Test & Improve agenda walks every plan area in 90 minutes")
  func testAndImproveWalksEveryArea() throws {
    let path = MeetingFixture.shippedAgendas + "/test-and-improve.agenda"
    let agenda = try parser(folders: []).parse(file: path)
    #expect(agenda.name == "test-and-improve")
    #expect(agenda.title == "Test & Improve")
    #expect(agenda.minutes == 90)
    #expect(agenda.steps.map(\.minutes).reduce(0, +) == 90)
    #expect(Set(PlanAreas.names).isSubset(of: Set(agenda.steps.map(\.area))))
    let kinds = agenda.steps.flatMap(\.items).compactMap { item -> String? in
      if case .prompt(let kind, _) = item { return kind }
      return nil
    }
    #expect(kinds.contains("gap") && kinds.contains("action") && kinds.contains("decision"))
  }

  @Test("a malformed agenda reports every problem with file, line and column")
  func malformedAgendaReportsEveryProblem() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let lines = [
      "say \"too early\"",
      "plan show",
      "agenda \"Broken\" --minutes zero",
      "step \"One\" --area overveiw --minutes 5",
      "prompt opinion \"What do you think?\"",
      "  frobnicate the plan",
      "step \"Two\" --area details --minutes -3",
      "prompt gap",
      "include missing-agenda",
      "step \"Three\" --area",
      "say \"never closed",
      "prompt gap swallowed by the open quote",
    ]
    let path = try fixture.writeAgenda("broken", lines.joined(separator: "\n") + "\n")
    func at(_ line: Int, _ token: String) -> Place {
      let text = lines[line - 1]
      let column = text.distance(from: text.startIndex, to: text.range(of: token)!.lowerBound)
      return Place(file: path, line: line, column: column + 1)
    }
    let expected: [(Place, String)] = [
      (at(1, "say"), "'say' comes before the first step"),
      (at(2, "plan"), "a command comes before the first step"),
      (at(3, "zero"), "--minutes needs a whole number above 0, not 'zero'"),
      (at(4, "overveiw"), "unknown area 'overveiw'"),
      (at(5, "opinion"), "unknown prompt kind 'opinion'"),
      (at(6, "frobnicate"), "unknown command 'frobnicate'"),
      (at(7, "-3"), "--minutes needs a whole number above 0, not '-3'"),
      (at(8, "prompt"), "usage: prompt KIND"),
      (at(9, "missing-agenda"), "no agenda 'missing-agenda' to include"),
      (at(10, "--area"), "--area needs a value"),
      (at(11, "\""), "an unterminated quote runs to the end of the file"),
    ]

    let found = problems(path, folders: [fixture.folder + "/agendas"])

    #expect(found.map(\.location) == expected.map(\.0))
    for (problem, (_, message)) in zip(found, expected) {
      #expect(problem.message.contains(message), "\(problem)")
    }
  }

  @Test("a command with a bad option or a missing argument is a problem, not a surprise later")
  func commandArgumentsAreChecked() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = try fixture.writeAgenda(
      "options", "step \"One\"\nopportunity list --stauts open\naccount add\n")
    let found = problems(path)
    #expect(found.map(\.location.line) == [2, 3])
    #expect(found.first?.message.contains("unknown option '--stauts'") == true)
    #expect(found.last?.message.contains("missing NAME") == true)
  }

  @Test("problems read as file:line:column: error: message")
  func problemDescriptionNamesThePlace() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = try fixture.writeAgenda("typo", "step \"One\"\n  prompt opinion \"Why?\"\n")
    let error = AgendaError.invalid(problems(path))
    #expect(error.description.hasPrefix("agenda has 1 problem:\n"))
    #expect(error.description.contains("\(path):2:10: error: unknown prompt kind 'opinion'"))
  }

  @Test("an agenda with no steps is refused at its first line")
  func agendaWithoutStepsIsRefused() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = try fixture.writeAgenda("empty", "# nothing but a comment\nagenda \"Empty\"\n")
    let found = problems(path)
    #expect(found.map(\.location) == [Place(file: path, line: 1)])
    #expect(found.first?.message == "the agenda has no steps")
  }

  @Test("an included agenda adds its steps in place")
  func includeAddsSteps() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.writeAgenda("inner", "step \"Inner\" --area insights --minutes 7\nsay hi\n")
    let path = try fixture.writeAgenda(
      "outer", "step \"First\" --minutes 3\ninclude inner\nstep \"Last\" --minutes 2\n")
    let agenda = try parser(folders: []).parse(file: path)
    #expect(agenda.steps.map(\.title) == ["First", "Inner", "Last"])
    #expect(agenda.steps.map(\.area) == ["", "insights", ""])
    #expect(agenda.minutes == 12)
    #expect(agenda.steps[1].location.file.hasSuffix("/inner.agenda"))
  }

  @Test("an include loop stops with one problem at the include that closes it")
  func includeLoopStops() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let first = try fixture.writeAgenda("first", "step \"A\"\nsay a\ninclude second\n")
    let second = try fixture.writeAgenda("second", "step \"B\"\nsay b\ninclude first\n")

    let found = problems(first)

    #expect(found.count == 1)
    #expect(found.first?.location == Place(file: second, line: 3, column: 9))
    #expect(found.first?.message.contains("loop") == true)
  }

  @Test("a problem inside an include loop is reported once, not once per pass")
  func problemInLoopReportedOnce() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = try fixture.writeAgenda("self", "step \"A\"\nfrobnicate\ninclude self\n")
    let found = problems(path)
    #expect(found.filter { $0.message.contains("frobnicate") }.count == 1)
    #expect(found.filter { $0.message.contains("loop") }.count == 1)
  }

  @Test("a problem in a continued line is placed at its own line and column")
  func continuedLinesPlacedExactly() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = try fixture.writeAgenda(
      "joined",
      """
      step "One" \\
        --area nowhere
      say "opened on line three
      closed" "and opened again
      """)
    let found = problems(path)
    #expect(
      found.map(\.location) == [
        Place(file: path, line: 2, column: 10), Place(file: path, line: 4, column: 9),
      ])
  }

  @Test("step options may be written --name=value")
  func inlineOptionValues() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = try fixture.writeAgenda(
      "inline",
      "step \"One\" --area=details --minutes=12\n"
        + "step \"Two\" --area=nowhere\n")
    let found = problems(path)
    #expect(found.map(\.location) == [Place(file: path, line: 2, column: 19)])
    try fixture.writeAgenda("inline", "step \"One\" --area=details --minutes=12\n")
    let agenda = try parser(folders: []).parse(file: path)
    #expect(agenda.steps.first?.area == "details")
    #expect(agenda.steps.first?.minutes == 12)
  }

  @Test("CRLF line ends and a byte-order mark are read as plain lines")
  func crlfAndByteOrderMark() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = try fixture.writeAgenda(
      "windows", "\u{FEFF}agenda \"Win\"\r\nstep \"One\" --area overview\r\nplan show\r\n")
    let agenda = try parser(folders: []).parse(file: path)
    #expect(agenda.title == "Win")
    #expect(agenda.steps.first?.area == "overview")
    #expect(agenda.steps.first?.minutes == 5)
  }

  @Test("agenda check lists the problems of a named agenda")
  func agendaCheckCommand() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.writeAgenda("bad", "step \"One\" --area nowhere\n")
    #expect(throws: AgendaError.self) { try fixture.session.execute("agenda check bad") }
    try fixture.session.execute("agenda check review")
    #expect(fixture.output.take().contains("review"))
  }
}
