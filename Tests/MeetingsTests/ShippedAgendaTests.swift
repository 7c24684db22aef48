import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Every shipped agenda runs on the sample plan")
struct ShippedAgendaTests {
  private static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("transcripts")
    .path

  /// A fixture holding the sample plan, with the shipped agendas on its search path.
  private func samplePlan() throws -> MeetingFixture {
    let fixture = try MeetingFixture()
    fixture.session.settings["agendas"] = MeetingFixture.shippedAgendas
    try fixture.session.execute("replay '\(Self.samples)/sample-plan.transcript'")
    try fixture.session.execute("plan use 'Northwind Freight 2027'")
    _ = fixture.output.take()
    return fixture
  }

  /// Runs `meet` with `captures` at the first prompt, an action at the first action
  /// prompt, then empty lines until the meeting ends; returns what it printed.
  private func hold(_ line: String, in fixture: MeetingFixture) throws -> String {
    var answered = false
    let source = PromptedAnswers { prompt in
      switch prompt.label {
      case "action" where !answered:
        answered = true
        return "Call Luis about the re-plan --owner 'Sam Reyes' --due 2027-02-01"
      case "feedback", "question", "gap", "decision":
        return prompt.step == 1 || prompt.step == 3
          ? "Ana Lima: noted at step \(prompt.step!)"
          : ""
      default:
        return ""
      }
    }
    fixture.session.input = source
    try fixture.session.execute(line)
    return fixture.output.take()
  }

  @Test(
    "each agenda walks its steps, captures into the store and ends with a summary",
    arguments: [
      ("meet test-and-improve", 18), ("meet weekly-review", 4),
      ("meet account-deep-dive --account 'Northwind Air'", 5), ("meet open-actions", 3),
    ])
  func agendaRuns(line: String, steps: Int) throws {
    let fixture = try samplePlan()
    defer { fixture.cleanUp() }
    let participants = " --participants 'Sam Reyes, Ana Lima, Kim Park'"

    let printed = try hold(line + participants, in: fixture)

    #expect(printed.contains("== Step \(steps)/\(steps):"), "\(printed)")
    #expect(printed.contains("summary =="))
    #expect(!printed.contains("error:"))
    let planID = fixture.planID
    let meeting = try #require(fixture.store.meetings(planID: planID).last)
    #expect(meeting.endedAt != nil)
    #expect(
      try fixture.store.actions(planID: planID, filter: ActionFilter(meetingID: meeting.id))
        .map(\.name) == ["Call Luis about the re-plan"])
    let feedback = try fixture.store.feedback(planID: planID, meetingID: meeting.id)
    #expect(feedback.allSatisfy { $0.speaker == "Ana Lima" })
  }
}

/// Answers chosen by the prompt they answer: one answer the first time a prompt asks,
/// then an empty line to move on. The input ends after 200 prompts.
private final class PromptedAnswers: LineSource {
  private let answer: (Prompt) -> String
  private var asked = 0
  private var answeredPrompts: Set<String> = []
  let isInteractive = false

  init(_ answer: @escaping (Prompt) -> String) { self.answer = answer }

  func readLine(_ prompt: Prompt) -> InputEvent {
    asked += 1
    if asked > 200 { return .end }
    let key = "\(prompt.label)@\(prompt.step ?? 0)"
    if ["owner", "due"].contains(prompt.label) { return .line(answer(prompt)) }
    return .line(answeredPrompts.insert(key).inserted ? answer(prompt) : "")
  }
}
