import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Replaying meetings that were cut short and resumed")
struct ResumedReplayTests {
  private let meet = "meet review --participants '\(MeetingFixture.team)'"

  /// A meeting paused after its first prompt, then resumed to its end in the same
  /// transcript; returns the fixture, the store as it was before, and the transcript.
  private func pausedAndResumed() throws -> (MeetingFixture, PlanStore, String) {
    let fixture = try MeetingFixture()
    try fixture.makePlan()
    let before = try fixture.copyOfStore(named: "before.sqlite")
    fixture.session.settings["transcripts"] = fixture.folder + "/transcripts"
    try fixture.run(meet, answers: ["Ana: one", ""])
    try fixture.run("meet --resume", answers: ["a gap", "", "", "we decided", ""])
    return (fixture, before, try #require(fixture.transcripts().first))
  }

  private func check(_ path: String, on store: PlanStore, fixture: MeetingFixture) throws {
    let printed = CapturedOutput()
    try fixture.session(on: store, output: printed).execute("replay '\(path)' --check")
    #expect(printed.text.contains("every output matches"))
  }

  @Test("a meeting paused by the end of input and resumed replays and checks clean")
  func pausedThenResumed() throws {
    let (fixture, before, path) = try pausedAndResumed()
    defer { fixture.cleanUp() }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("shell | meet --resume\n"))
    try check(path, on: before, fixture: fixture)
  }

  @Test("a meeting whose process was killed (it never said it paused) still checks clean")
  func killedThenResumed() throws {
    let (fixture, before, path) = try pausedAndResumed()
    defer { fixture.cleanUp() }
    let lines = try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let pause = try #require(lines.firstIndex { $0.contains(" paused at step ") })
    #expect(lines[pause - 1] == "< ")
    let killed = lines[..<(pause - 1)] + lines[(pause + 1)...]
    let edited = fixture.folder + "/killed.transcript"
    try killed.joined(separator: "\n").write(toFile: edited, atomically: true, encoding: .utf8)

    try check(edited, on: before, fixture: fixture)
  }

  @Test("errors recorded with where they were read from replay against errors without")
  func errorPlacesIgnored() throws {
    #expect(TranscriptInputs.withoutPlace("<stdin>:3:1: error: x") == "error: x")
    #expect(TranscriptInputs.withoutPlace("plansh: error: x") == "error: x")
    #expect(TranscriptInputs.withoutPlace("a.transcript:12:40: error: x") == "error: x")
    #expect(TranscriptInputs.withoutPlace("note: error: is a word") == "note: error: is a word")
  }
}
