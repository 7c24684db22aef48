import Foundation
import PlanCommands
import Testing

@testable import Meetings

@Suite("What agenda check catches before a meeting starts")
struct AgendaCheckTests {
  private func problems(in text: String) throws -> [AgendaProblem] {
    let path = NSTemporaryDirectory() + "plansh-check-\(UUID().uuidString).agenda"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let parser = AgendaParser(
      commands: MeetingCatalog.commandTable(), library: AgendaLibrary(folders: []))
    do {
      _ = try parser.parse(file: path)
      return []
    } catch AgendaError.invalid(let problems) {
      return problems
    }
  }

  @Test("a misspelt prompt kind is named, with the kinds there are")
  func unknownPromptKind() throws {
    let found = try problems(in: "step \"S\" --minutes 5\nprompt gapp \"Gaps?\"\n")
    #expect(
      found.map(\.message) == [
        "unknown prompt kind 'gapp'; kinds are feedback, question, gap, decision, action"
      ])
    #expect(found.first?.location.column == 8)
  }

  @Test("steps that add up to more than the agenda's minutes are a problem")
  func stepsOverTheAgenda() throws {
    let found = try problems(
      in:
        "agenda \"A\" --minutes 10\nstep \"S\" --minutes 8\nsay hi\n"
          + "step \"T\" --minutes 5\nsay hi\n"
    )
    #expect(
      found.map(\.message) == [
        "the steps' timeboxes add up to 13 min, more than the agenda's 10"
      ])
  }

  @Test("a value outside an option's choices is caught in a command of the agenda")
  func optionChoicesChecked() throws {
    let found = try problems(in: "step \"S\" --minutes 5\naccount list --format xml\n")
    #expect(found.first?.message.contains("invalid value 'xml' for --format") == true)
    #expect(found.first?.location.line == 2 && found.first?.location.column == 23)
  }

  @Test("a meeting shortened to fewer minutes than it has steps says how long it will take")
  func scaledBelowOneMinuteAStep() throws {
    let agenda = Agenda(
      name: "a", title: "A", minutes: 30,
      steps: (1...6).map { index in
        AgendaStep(
          title: "S\(index)", area: "", minutes: 5, items: [],
          location: SourceLocation(file: "a", line: index))
      })
    let short = agenda.scaled(to: 3)
    #expect(short.steps.allSatisfy { $0.minutes == 1 })
    #expect(short.minutes == 6)
    #expect(agenda.scaled(to: 60).minutes == 60)
  }
}
