import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Capturing feedback and actions in a meeting")
struct MeetingCaptureTests {
  private let meet = "meet review --participants '\(MeetingFixture.team)'"

  @Test("each answer is captured with its prompt's kind, its step's area and its speaker")
  func feedbackCapturedPerPrompt() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = [
      "Ana: the target looks low", "no speaker here", "Zed: not a participant", "",
      "ben: Warehousing is white space", "", "", "Carol:   we meet monthly  ", "",
    ]

    let (_, printed) = try fixture.run(meet, answers: answers)

    let feedback = try fixture.store.feedback(planID: fixture.planID)
    let meetingID = try #require(fixture.store.meetings(planID: fixture.planID).first).id
    #expect(feedback.map(\.kind) == ["feedback", "feedback", "feedback", "gap", "decision"])
    #expect(
      feedback.map(\.area) == [
        "overview", "overview", "overview", "opportunities", "actions",
      ])
    #expect(feedback.map(\.speaker) == ["Ana", "", "", "Ben", "Carol"])
    #expect(
      feedback.map(\.text) == [
        "the target looks low", "no speaker here", "Zed: not a participant",
        "Warehousing is white space", "we meet monthly",
      ])
    #expect(feedback.allSatisfy { $0.meetingID == meetingID })
    #expect(printed.contains("  captured feedback 1 from Ana\n"))
    #expect(printed.contains("  captured feedback 2\n"))
    #expect(printed.contains("  captured gap 4 from Ben\n"))
  }

  @Test("the summary lists what was captured by area")
  func summaryByArea() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = [
      "Ana: low target", "", "gap one", "", "Call Luis --owner Ben --due +7", "", "",
    ]

    let (_, printed) = try fixture.run(meet, answers: answers)

    #expect(printed.contains("== Meeting 1 summary ==\n2 items of feedback and 1 action"))
    #expect(printed.contains("overview:\n  feedback: low target (Ana)\n"))
    #expect(printed.contains("opportunities:\n  gap: gap one\n"))
    let due = fixture.day(plus: 7)
    #expect(printed.contains("objectives:\n  action: Call Luis — Ben, due \(due)"))
  }

  @Test("an action takes its owner and due date inline, owner matched to a participant")
  func actionWithInlineOwnerAndDue() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = [
      "", "", "Call Luis about the re-plan --owner ana --due +7",
      "Send the case --due 2027-02-10 --owner 'Ben'", "",
    ]

    let (source, printed) = try fixture.run(meet, answers: answers)

    let actions = try fixture.store.actions(planID: fixture.planID)
    #expect(actions.map(\.name) == ["Call Luis about the re-plan", "Send the case"])
    #expect(actions.map(\.owner) == ["Ana", "Ben"])
    #expect(actions.map(\.dueOn) == [fixture.day(plus: 7), "2027-02-10"])
    #expect(actions.allSatisfy { $0.area == "objectives" && $0.meetingID == 1 })
    #expect(actions.allSatisfy { $0.status == "open" })
    #expect(!source.labels.contains("owner") && !source.labels.contains("due"))
    #expect(printed.contains("  captured action 1: Call Luis about the re-plan (Ana, due "))
  }

  @Test("an action without owner or due date asks for them")
  func actionAsksOwnerAndDue() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = [
      "", "", "Map the board", "Carol", "+14", "Only a date --due 2027-03-01", "Ben",
      "",
    ]

    let (source, _) = try fixture.run(meet, answers: answers)

    #expect(
      source.labels == [
        "feedback", "gap", "action", "owner", "due", "action", "owner", "action", "decision",
      ])
    let actions = try fixture.store.actions(planID: fixture.planID)
    #expect(actions.map(\.name) == ["Map the board", "Only a date"])
    #expect(actions.map(\.owner) == ["Carol", "Ben"])
    #expect(actions.map(\.dueOn) == [fixture.day(plus: 14), "2027-03-01"])
  }

  @Test("an unknown owner or a past due date is asked again and nothing is half-captured")
  func badOwnerAndDueAreAskedAgain() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    var actionsWhenAsked: [String: [Int]] = [:]
    let store = fixture.store
    let planID = fixture.planID
    let answers = [
      "", "", "Map the board", "Zed", "", "Ben", "2020-01-01", "next tuesday", "+3",
      "Call Luis --owner Zed --due 2020-01-01", "Ana", "today", "",
    ]

    let (source, printed) = try fixture.run(meet, answers: answers) { prompt in
      let count = (try? store.actions(planID: planID).count) ?? -1
      actionsWhenAsked[prompt.label, default: []].append(count)
    }

    #expect(
      source.labels == [
        "feedback", "gap", "action", "owner", "owner", "owner", "due", "due", "due", "action",
        "owner", "due", "action", "decision",
      ])
    #expect(actionsWhenAsked["owner"] == [0, 0, 0, 1])
    #expect(actionsWhenAsked["due"] == [0, 0, 0, 1])
    #expect(printed.contains("error: unknown owner 'Zed'; participants are Ana, Ben, Carol\n"))
    #expect(printed.contains("error: an action needs an owner\n"))
    #expect(printed.contains("error: due date 2020-01-01 is in the past\n"))
    #expect(printed.contains("error: 'next tuesday' is not a date; use YYYY-MM-DD or +N days\n"))
    let actions = try fixture.store.actions(planID: fixture.planID)
    #expect(actions.map(\.name) == ["Call Luis", "Map the board"])
    #expect(actions.map(\.owner) == ["Ana", "Ben"])
    #expect(actions.map(\.dueOn) == [fixture.day(plus: 0), fixture.day(plus: 3)])
  }

  @Test("any owner is taken when the meeting names no participants")
  func anyOwnerWithoutParticipants() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.run("meet review", answers: ["", "", "Ring Zed --owner Zed --due +1", ""])
    let actions = try fixture.store.actions(planID: fixture.planID)
    #expect(actions.map(\.owner) == ["Zed"])
  }

  @Test("an action with no description is refused and the prompt goes on")
  func actionNeedsDescription() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let answers = ["", "", "--owner Ana --due +3", "Real one --owner Ana --due +3", ""]
    let (_, printed) = try fixture.run(meet, answers: answers)
    #expect(printed.contains("error: an action needs a description\n"))
    #expect(try fixture.store.actions(planID: fixture.planID).map(\.name) == ["Real one"])
  }

  @Test("input that ends while an action waits for its owner captures no action")
  func endOfInputMidAction() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let (_, printed) = try fixture.run(meet, answers: ["Ana: keep this", "", "", "Map the board"])
    #expect(try fixture.store.actions(planID: fixture.planID).isEmpty)
    #expect(try fixture.store.feedback(planID: fixture.planID).map(\.text) == ["keep this"])
    let meeting = try #require(fixture.store.meetings(planID: fixture.planID).first)
    #expect(meeting.endedAt == nil)
    #expect(meeting.currentStep == 2)
    #expect(printed.contains("Meeting 1 paused at step 3 of 4"))
  }

  @Test("Ctrl-C at the owner question drops that action and the meeting goes on")
  func interruptAtOwnerDropsTheActionOnly() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let source = EventAnswers([
      .line(""), .line(""), .line("Map the board"), .interrupt,
      .line("Call Luis --owner Ana --due +2"), .line(""), .line("we decided"), .line(""),
    ])
    fixture.session.input = source
    try fixture.session.execute(meet)
    #expect(
      source.labels == [
        "feedback", "gap", "action", "owner", "action", "action",
        "decision", "decision",
      ])
    #expect(try fixture.store.actions(planID: fixture.planID).map(\.name) == ["Call Luis"])
    #expect(try fixture.store.feedback(planID: fixture.planID).map(\.kind) == ["decision"])
  }

  @Test("Ctrl-C at a capture prompt clears the line; the prompt stays until an empty line")
  func interruptAtPromptClearsTheLine() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let source = EventAnswers([
      .line("Ana: one"), .interrupt, .line("two"), .line(""), .line("a gap"), .line(""),
    ])
    fixture.session.input = source
    try fixture.session.execute(meet)
    #expect(source.labels.prefix(5) == ["feedback", "feedback", "feedback", "feedback", "gap"])
    #expect(
      try fixture.store.feedback(planID: fixture.planID).map(\.kind) == [
        "feedback", "feedback", "gap",
      ])
  }

  @Test("every captured item is committed the moment it is entered")
  func capturedItemsAreCommittedAtOnce() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let reader = try PlanStore(path: fixture.store.path)
    var seenByReader: [Int] = []
    let planID = fixture.planID
    try fixture.run(meet, answers: ["Ana: one", "Ben: two", ""]) { prompt in
      if prompt.label == "feedback" {
        seenByReader.append((try? reader.feedback(planID: planID).count) ?? -1)
      }
    }
    #expect(seenByReader == [0, 1, 2])
  }

  @Test("open actions from the last meeting are reviewed at the start of the next")
  func previousActionsReviewed() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.run(meet, answers: ["", "", "Call Luis --owner Ana --due +1", "", ""])
    fixture.clock.advance(seconds: 5 * 86_400)

    let (_, printed) = try fixture.run(meet, answers: [])

    #expect(printed.contains("Open actions from the last meeting (2026-12-04):"))
    #expect(printed.contains("  1. Call Luis — Ana, due \(fixture.day(plus: -4)) (overdue)"))
  }
}

@Suite("Who said it: participants named in a meeting's answers")
struct SpeakerTests {
  @Test("a whole name or a first name no one else has, in any case; other prefixes are text")
  func firstNames() {
    let people = Participants(parsing: "Ana Lima, Ben Ode, Ben Moss, Carol")
    #expect(people.attribute("ana: low").speaker == "Ana Lima")
    #expect(people.attribute("ANA LIMA: low").speaker == "Ana Lima")
    #expect(people.attribute("Ben: who?") == ("", "Ben: who?"))
    #expect(people.attribute("Ben Moss: who?") == ("Ben Moss", "who?"))
    #expect(people.attribute("Q: is it?") == ("", "Q: is it?"))
    #expect(people.attribute("Ana Lma: typo") == ("", "Ana Lma: typo"))
  }

  @Test("'Ana: +1 2' is Ana's vote, not a new item")
  func namedVote() {
    let people = Participants(parsing: "Ana Lima, Ben Ode")
    #expect(CapturePrompt.vote(in: "Ana: +1 2", participants: people) == "2")
    #expect(CapturePrompt.vote(in: "+1 4", participants: people) == "4")
    #expect(CapturePrompt.vote(in: "Zed: +1 2", participants: people) == nil)
  }
}
