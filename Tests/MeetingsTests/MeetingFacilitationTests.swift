import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Facilitating a meeting: answers, participants, steps and what the meeting did")
struct MeetingFacilitationTests {
  private let meet = "meet review --participants '\(MeetingFixture.team)'"

  @Test("an action's inline options work after an apostrophe and keep quotes in its name")
  func apostropheKeepsInlineOptions() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.run(
      meet,
      answers: [
        "", "", "Map Madison's VPs --owner Ben --due 2027-01-10",
        "Refresh 'close dates' --owner Ana --due +3", "--owner Ana", "", "",
      ])
    let actions = try fixture.store.actions(planID: fixture.planID)
    #expect(actions.map(\.name).sorted() == ["Map Madison's VPs", "Refresh 'close dates'"])
    #expect(actions.first { $0.name == "Map Madison's VPs" }?.owner == "Ben")
  }

  @Test("an owner may be given by a unique start of a participant's name")
  func ownerByPrefix() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.run(meet, answers: ["", "", "Call Luis --owner car --due +2", "", ""])
    #expect(try fixture.store.actions(planID: fixture.planID).map(\.owner) == ["Carol"])
  }

  @Test("a malformed participant list is refused before the meeting starts")
  func participantListChecked() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    for list in ["Ana, Ana", "Ana (boss), , Ben", "Ana (boss", "(coach)"] {
      #expect(throws: CommandError.self) {
        try fixture.run("meet review --participants '\(list)'", answers: [])
      }
    }
    #expect(try fixture.store.meetings(planID: fixture.planID).isEmpty)
  }

  @Test("refused answers count as failures for the script, and the meeting goes on")
  func refusalsFailTheScript() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.run(meet, answers: ["", "", "Call Luis", "Zed", "Ana", "2020-01-01", "+1", "", ""])
    #expect(fixture.session.takeFailures() == 2)
    #expect(try fixture.store.actions(planID: fixture.planID).map(\.owner) == ["Ana"])
  }

  @Test("going back past a step with nothing to discuss lands on the step before it")
  func backPassesSkippedSteps() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.writeAgenda(
      "gated",
      """
      step "First" --area overview --minutes 5
      prompt feedback "First?"
      step "Overdue" --area actions --when overdue-actions --minutes 5
      prompt feedback "Overdue?"
      step "Last" --area actions --minutes 5
      prompt decision "Decided?"
      """)
    let (answers, _) = try fixture.run("meet gated", answers: ["", "/back", "one", "", ""])
    #expect(answers.labels == ["feedback", "decision", "feedback", "feedback", "decision"])
    #expect(try fixture.store.feedback(planID: fixture.planID).map(\.text) == ["one"])
  }

  @Test("actions closed during a meeting appear in its summary and minutes")
  func closedActionsReported() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    try fixture.session.execute("action add 'Old task' --owner Ana --due +5")
    let (_, printed) = try fixture.run(meet, answers: ["!action done 1", "", "", "", ""])
    #expect(printed.contains("closed in this meeting:\n  action 1: Old task — Ana"))
    try fixture.session.execute("minutes export")
    let minutes = fixture.output.take()
    #expect(minutes.contains("## Actions closed in this meeting\n\n- Old task — Ana"))
  }

  @Test("two meetings started in the same second get transcripts of their own")
  func transcriptNamesNeverClash() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    fixture.session.settings["transcripts"] = fixture.folder + "/transcripts"
    try fixture.makePlan()
    try fixture.run(meet, answers: ["/end"])
    fixture.clock.now = Timestamps.date(from: "2026-12-04T15:00:00Z")!
    try fixture.run(meet, answers: ["/end"])
    let names = fixture.transcripts().map { ($0 as NSString).lastPathComponent }
    #expect(
      names == [
        "alpha-2027-20261204150000-review-2.transcript",
        "alpha-2027-20261204150000-review.transcript",
      ])
  }

  @Test("a meeting's transcript is locked while it runs, so a second plansh cannot resume it")
  func transcriptLocked() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    fixture.session.settings["transcripts"] = fixture.folder + "/transcripts"
    try fixture.makePlan()
    try fixture.run(meet, answers: ["Ana: one"])
    let path = try #require(fixture.transcripts().first)
    let holder = try TranscriptWriter(appendingTo: path)
    #expect(throws: TranscriptError.self) { try TranscriptWriter(appendingTo: path) }
    _ = holder
  }
}
