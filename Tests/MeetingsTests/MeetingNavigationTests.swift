import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Steering a meeting")
struct MeetingNavigationTests {
  private let meet = "meet review --participants '\(MeetingFixture.team)'"

  /// The step headings printed, in order: `1`, `2`, ...
  private func stepsShown(_ printed: String) -> [Int] {
    printed.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("== Step ") else { return nil }
      return Int(line.dropFirst("== Step ".count).prefix { $0.isNumber })
    }
  }

  /// A meeting record's steps: position, started and ended.
  private func steps(_ fixture: MeetingFixture) throws -> [(Int64, String?, String?)] {
    try fixture.store.database.rows(
      "SELECT position, started_at, ended_at FROM meeting_step ORDER BY position"
    ).map { ($0.int(0), $0.text(1), $0.text(2)) }
  }

  @Test("/next leaves the rest of the step and moves on")
  func nextMovesOn() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.writeAgenda(
      "two",
      """
      step "One" --area overview
      prompt feedback "First?"
      prompt question "Second?"
      step "Two" --area details
      prompt gap "Third?"
      """)

    let (source, printed) = try fixture.run("meet two", answers: ["/next", "/skip", ""])

    #expect(source.labels == ["feedback", "gap"])
    #expect(stepsShown(printed) == [1, 2])
    #expect(!printed.contains("Second?"))
  }

  @Test("/back returns to the previous step and shows it again")
  func backReturns() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = ["one", "", "/back", "again", "", "", "", ""]
    let (source, printed) = try fixture.run(meet, answers: answers)
    #expect(stepsShown(printed) == [1, 2, 1, 2, 3, 4])
    #expect(source.labels.prefix(4) == ["feedback", "feedback", "gap", "feedback"])
    #expect(try fixture.store.feedback(planID: fixture.planID).map(\.text) == ["one", "again"])
  }

  @Test("/back on the first step stays on it")
  func backOnFirstStep() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let (_, printed) = try fixture.run(meet, answers: ["/back", "/end"])
    #expect(stepsShown(printed) == [1, 1])
  }

  @Test("/goto jumps to a step by number or by the start of its title")
  func gotoJumps() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = ["/goto 4", "decided", "/goto opp", "a gap", "", "", ""]
    let (_, printed) = try fixture.run(meet, answers: answers)
    #expect(stepsShown(printed) == [1, 4, 2, 3, 4])
    let feedback = try fixture.store.feedback(planID: fixture.planID)
    #expect(feedback.map(\.kind) == ["decision", "gap"])
    #expect(feedback.map(\.area) == ["actions", "opportunities"])
  }

  @Test("/goto to a step that does not exist is an error and the prompt goes on")
  func gotoNowhere() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let (source, printed) = try fixture.run(meet, answers: ["/goto 9", "/goto zzz", "/end"])
    #expect(printed.contains("error: no step '9'\n"))
    #expect(printed.contains("error: no step 'zzz'\n"))
    #expect(source.labels == ["feedback", "feedback", "feedback"])
  }

  @Test("/end closes the meeting at once with what was captured")
  func endClosesTheMeeting() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()

    let (source, printed) = try fixture.run(meet, answers: ["Ana: kept", "/end", "never read"])

    #expect(source.labels == ["feedback", "feedback"])
    #expect(stepsShown(printed) == [1])
    #expect(printed.contains("== Meeting 1 summary ==\n1 item of feedback and 0 actions"))
    let meeting = try #require(fixture.store.meetings(planID: fixture.planID).first)
    #expect(meeting.endedAt == fixture.store.timestamp)
    #expect(try fixture.store.feedback(planID: fixture.planID).map(\.text) == ["kept"])
  }

  @Test("/where, /help and an unknown /word answer without capturing anything")
  func whereHelpAndUnknown() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let (_, printed) = try fixture.run(meet, answers: ["/where", "/help", "/frob", "/end"])
    #expect(
      printed.contains(
        "step 1 of 4: Overview; 0 of 5 min used; meeting 0 of 20 min, 20 min left\n"))
    #expect(printed.contains("/goto N|TITLE"))
    #expect(printed.contains("error: unknown meeting command '/frob'; /help lists them\n"))
    #expect(try fixture.store.feedback(planID: fixture.planID).isEmpty)
  }

  @Test("!command runs a plan command mid-meeting; a failing one is reported and ignored")
  func bangRunsCommands() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = [
      "!plan list --format json", "!action add 'Side task' --owner Dee --due +2", "!frobnicate",
      "Ana: still here", "/end",
    ]

    let (source, printed) = try fixture.run(meet, answers: answers)

    #expect(source.labels == ["feedback", "feedback", "feedback", "feedback", "feedback"])
    #expect(printed.contains("\"name\": \"Alpha 2027\""))
    #expect(printed.contains("added action 'Side task'"))
    #expect(printed.contains("error: unknown command 'frobnicate'"))
    let actions = try fixture.store.actions(planID: fixture.planID)
    #expect(actions.map(\.name) == ["Side task"])
    #expect(actions.first?.meetingID == nil)
    #expect(try fixture.store.feedback(planID: fixture.planID).map(\.text) == ["still here"])
  }

  @Test("the end of input pauses the meeting with everything kept, and meet --resume goes on")
  func endOfInputPausesTheMeeting() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()

    let (_, printed) = try fixture.run(meet, answers: ["Ana: one", "", "Ben: two"])

    #expect(stepsShown(printed) == [1, 2])
    #expect(!printed.contains("== Meeting 1 summary =="))
    #expect(printed.contains("Meeting 1 paused at step 2 of 4"))
    let reopened = try PlanStore(path: fixture.store.path)
    let paused = try #require(reopened.meetings(planID: fixture.planID).first)
    #expect(paused.endedAt == nil)
    #expect(paused.currentStep == 1)
    #expect(try reopened.feedback(planID: fixture.planID).map(\.text) == ["one", "two"])
    #expect(throws: CommandError.self) { try fixture.session.execute(meet) }

    let (_, resumed) = try fixture.run("meet --resume", answers: ["", "", ""])

    #expect(resumed.contains("Resuming meeting 1"))
    #expect(stepsShown(resumed) == [2, 3, 4])
    #expect(resumed.contains("== Meeting 1 summary =="))
    let ended = try #require(reopened.meetings(planID: fixture.planID).first)
    #expect(ended.endedAt != nil)
    #expect(try reopened.feedback(planID: fixture.planID).map(\.text) == ["one", "two"])
  }

  @Test("a step answered again after a resume captures nothing twice")
  func resumedStepCapturesOnce() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.run(meet, answers: ["Ana: one", "", "Ben: two"])

    let (_, resumed) = try fixture.run(
      "meet --resume", answers: ["Ben: two", "Ana: two", "Ben: three", "", "", ""])

    #expect(resumed.contains("already captured as"))
    #expect(resumed.contains("+1"))
    let texts = try fixture.store.feedback(planID: fixture.planID).map {
      "\($0.speaker): \($0.text)"
    }
    #expect(texts == ["Ana: one", "Ben: two", "Ana: two", "Ben: three"])
  }

  @Test("each step entered records when it started and ended")
  func stepTimesRecorded() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.run(meet, answers: ["a", "", "", "/end"])
    let recorded = try steps(fixture)
    #expect(recorded.count == 4)
    #expect(recorded[0].1 == "2026-12-04T15:00:00Z")
    #expect(recorded[0].2 == "2026-12-04T15:01:20Z")
    #expect(recorded[2].1 != nil && recorded[2].2 != nil)
    #expect(recorded[3].1 == nil && recorded[3].2 == nil)
  }

  @Test("a step that runs over its timebox says by how much")
  func overTimeNoted() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let source = TimedAnswers(
      ["a", "b", "c", "d", "e", "f", "g", "", "/end"],
      clock: fixture.clock, secondsPerAnswer: 60)
    fixture.session.input = source
    try fixture.session.execute(meet)
    #expect(fixture.output.take().contains("note: 'Overview' ran 3 min over its 5-minute timebox"))
  }

  @Test("a meeting needs a current plan and a known agenda")
  func meetingNeedsPlanAndAgenda() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    #expect(throws: StoreError.noCurrentPlan) { try fixture.session.execute("meet review") }
    try fixture.makePlan()
    #expect(throws: AgendaError.self) { try fixture.session.execute("meet no-such-agenda") }
    #expect(try fixture.store.meetings(planID: fixture.planID).isEmpty)
  }

  @Test("the shipped Test & Improve agenda runs its plan commands in every step")
  func shippedAgendaRuns() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    // Clarifying questions, six gap prompts, actions, decisions; nothing is overdue.
    let answers = [
      "why?", "", "Ana: low", "", "", "", "", "", "", "", "we decided", "",
    ]

    let (_, printed) = try fixture.run("meet --participants 'Ana'", answers: answers)

    #expect(stepsShown(printed) == Array(1...16))
    #expect(!printed.contains("error:"))
    #expect(printed.contains("Alpha 2027 — enterprise plan"))
    #expect(printed.contains("(the plan passes 'overdue-actions': nothing to discuss here)"))
    #expect(printed.contains("== Meeting 1 summary =="))
    #expect(
      try fixture.store.feedback(planID: fixture.planID).map(\.kind) == [
        "question", "gap", "decision",
      ])
  }
}
