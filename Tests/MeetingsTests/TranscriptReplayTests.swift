import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Recording and replaying meeting transcripts")
struct TranscriptReplayTests {
  private let meet = "meet review --participants '\(MeetingFixture.team)'"

  /// A meeting with feedback of every kind, actions asked and inline, an escape-worthy
  /// answer and a mid-meeting command.
  private let answers = [
    "Ana: the target looks low", "Ben: cost\tbenefit \\ unclear", "", "Carol: no potential",
    "!feedback list --format json", "", "Call Luis --owner Ana --due +7", "Map the board",
    "Zed", "Ben", "+14", "", "we meet monthly", "",
  ]

  /// A fixture with a plan, a copy of its store taken before the meeting, and the
  /// transcript of the meeting held afterwards.
  private func recordedMeeting() throws -> (MeetingFixture, PlanStore, String) {
    let fixture = try MeetingFixture()
    try fixture.makePlan()
    try fixture.session.execute("account add 'Alpha Corp' --segment A")
    _ = fixture.output.take()
    let before = try fixture.copyOfStore(named: "before.sqlite")
    fixture.session.settings["transcripts"] = fixture.folder + "/transcripts"
    try fixture.run(meet, answers: answers)
    let transcript = try #require(fixture.transcripts().first)
    return (fixture, before, transcript)
  }

  /// Runs `line` in a fresh session on `store`; returns what it printed.
  private func run(
    _ line: String, on store: PlanStore, fixture: MeetingFixture
  ) throws -> String {
    let printed = CapturedOutput()
    try fixture.session(on: store, output: printed).execute(line)
    return printed.text
  }

  /// `path` with its line `number` (counting from 1) changed by `edit`; returns the copy.
  private func edited(_ path: String, line number: Int, _ edit: (String) -> String) throws
    -> String
  {
    var lines = try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[number - 1] = edit(lines[number - 1])
    let copy = path.replacingOccurrences(of: ".transcript", with: "-edited.transcript")
    try lines.joined(separator: "\n").write(toFile: copy, atomically: true, encoding: .utf8)
    return copy
  }

  @Test("a meeting's transcript reads back with its header, inputs, labels and outputs")
  func recordingReadsBack() throws {
    let (fixture, _, path) = try recordedMeeting()
    defer { fixture.cleanUp() }

    let transcript = try Transcript.read(path: path)

    #expect(path.hasSuffix("/alpha-2027-20261204150000-review.transcript"))
    #expect(transcript.header["plan"] == "Alpha 2027")
    #expect(transcript.header["agenda"] == "review")
    #expect(transcript.header["facilitator"] == "Sam")
    #expect(transcript.header["participants"] == MeetingFixture.team)
    #expect(transcript.header["started"] == "2026-12-04T15:00:00Z")
    let inputs = transcript.records.compactMap { entry -> (String, String)? in
      if case .input(let text, let label, _, _) = entry.record { return (label, text) }
      return nil
    }
    #expect(inputs.first?.0 == "shell")
    #expect(inputs.first?.1 == meet)
    #expect(
      inputs.dropFirst().map(\.0) == [
        "feedback", "feedback", "feedback", "gap", "gap", "gap", "action", "action", "owner",
        "owner", "due", "action", "decision", "decision",
      ])
    #expect(inputs[2].1 == "Ben: cost\tbenefit \\ unclear")
    let outputs = transcript.records.map(\.record)
    #expect(outputs.contains(.output("  captured feedback 1 from Ana")))
    #expect(
      outputs.contains(
        .diagnostic(
          "error: unknown owner 'Zed'; participants are "
            + "Ana, Ben, Carol")))
    let raw = try String(contentsOfFile: path, encoding: .utf8)
    #expect(raw.contains("feedback (step 1) | Ben: cost\\tbenefit \\\\ unclear\n"))
    #expect(!raw.contains("\t"))
  }

  @Test("the transcript times are the times each answer was given")
  func inputTimesAdvance() throws {
    let (fixture, _, path) = try recordedMeeting()
    defer { fixture.cleanUp() }
    let times = try Transcript.read(path: path).records.compactMap { entry -> String? in
      if case .input(_, _, let time, _) = entry.record { return time }
      return nil
    }
    #expect(
      times.prefix(3) == [
        "2026-12-04T15:00:00Z", "2026-12-04T15:00:40Z",
        "2026-12-04T15:01:20Z",
      ])
  }

  @Test("replaying into a copy made before the meeting rebuilds it field for field")
  func replayRebuildsFieldForField() throws {
    let (fixture, before, path) = try recordedMeeting()
    defer { fixture.cleanUp() }

    let printed = try run("replay '\(path)'", on: before, fixture: fixture)

    #expect(printed.contains("replayed 15 inputs from \(path): done"))
    let planID = fixture.planID
    let feedback = try fixture.store.feedback(planID: planID)
    let actions = try fixture.store.actions(planID: planID)
    #expect(feedback.count == 4 && actions.count == 2)
    #expect(try before.feedback(planID: planID) == feedback)
    #expect(try before.actions(planID: planID) == actions)
    let original = try #require(fixture.store.meetings(planID: planID).first)
    let rebuilt = try #require(before.meetings(planID: planID).first)
    #expect(rebuilt.agenda == original.agenda)
    #expect(rebuilt.facilitator == original.facilitator)
    #expect(rebuilt.participants == original.participants)
    #expect(rebuilt.startedAt == original.startedAt)
    #expect(before.user == "someone else")
  }

  @Test("times match in a replay even when the clock ticks while an answer is captured")
  func tickingClockReplaysExactly() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    let rebuilt = try fixture.copyOfStore(named: "rebuilt.sqlite")
    let checked = try fixture.copyOfStore(named: "checked.sqlite")
    let clock = fixture.clock
    fixture.store.clock = {
      clock.advance(seconds: 0.7)
      return clock.now
    }
    fixture.session.settings["transcripts"] = fixture.folder + "/transcripts"
    let answers = ["Ana: one", "!feedback list", "", "", "Call Luis --owner Ana --due +7", ""]
    try fixture.run(meet, answers: answers)
    let path = try #require(fixture.transcripts().first)

    _ = try run("replay '\(path)'", on: rebuilt, fixture: fixture)

    let planID = fixture.planID
    #expect(try rebuilt.feedback(planID: planID) == fixture.store.feedback(planID: planID))
    #expect(try rebuilt.actions(planID: planID) == fixture.store.actions(planID: planID))
    let started = try fixture.store.meetings(planID: planID).map(\.startedAt)
    #expect(try rebuilt.meetings(planID: planID).map(\.startedAt) == started)
    let printed = try run("replay '\(path)' --check", on: checked, fixture: fixture)
    #expect(printed.contains("every output matches"))
  }

  @Test("replay --check passes on a fresh recording and leaves the store unchanged")
  func checkPassesAndChangesNothing() throws {
    let (fixture, before, path) = try recordedMeeting()
    defer { fixture.cleanUp() }
    let snapshot = try fixture.snapshot(of: before)

    let printed = try run("replay '\(path)' --check", on: before, fixture: fixture)

    #expect(printed.contains("checked 15 inputs from \(path): every output matches"))
    #expect(try fixture.snapshot(of: before) == snapshot)
    #expect(fixture.transcripts() == [path])
  }

  @Test("replay --check reports the first edited output line with expected and got")
  func checkReportsFirstDifference() throws {
    let (fixture, before, path) = try recordedMeeting()
    defer { fixture.cleanUp() }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let target = try #require(lines.firstIndex(of: "<   captured gap 3 from Carol")) + 1
    let copy = try edited(path, line: target) { $0.replacingOccurrences(of: "Carol", with: "Kim") }
    let later = try edited(copy, line: target + 4) { _ in "< something else entirely" }
    let snapshot = try fixture.snapshot(of: before)

    #expect(
      throws: TranscriptError.mismatch(
        path: later, line: target,
        expected: "  captured gap 3 from Kim", got: "  captured gap 3 from Carol")
    ) {
      _ = try run("replay '\(later)' --check", on: before, fixture: fixture)
    }
    #expect(try fixture.snapshot(of: before) == snapshot)
  }

  @Test("replay --check reports output the recording ends without")
  func checkReportsMissingTail() throws {
    let (fixture, before, path) = try recordedMeeting()
    defer { fixture.cleanUp() }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let shorter = path.replacingOccurrences(of: ".transcript", with: "-short.transcript")
    try (lines.dropLast().joined(separator: "\n") + "\n")
      .write(toFile: shorter, atomically: true, encoding: .utf8)
    let error = #expect(throws: TranscriptError.self) {
      _ = try run("replay '\(shorter)' --check", on: before, fixture: fixture)
    }
    guard case .mismatch(_, let line, let expected, _) = error else {
      Issue.record("expected a mismatch, not \(String(describing: error))")
      return
    }
    #expect(line == lines.count)
    #expect(expected == "(nothing)")
  }

  @Test("a rebuild that fails part-way leaves the store as it was")
  func failedRebuildChangesNothing() throws {
    let (fixture, before, path) = try recordedMeeting()
    defer { fixture.cleanUp() }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let target =
      try #require(lines.firstIndex { $0.hasSuffix("gap (step 2) | Carol: no potential") }) + 1
    let broken = try edited(path, line: target) {
      $0.replacingOccurrences(of: "Carol: no potential", with: "!frobnicate")
    }
    let snapshot = try fixture.snapshot(of: before)

    let error = #expect(throws: TranscriptError.self) {
      _ = try run("replay '\(broken)'", on: before, fixture: fixture)
    }
    guard case .replayFailed(let file, _, let message) = error else {
      Issue.record("expected a failed replay, not \(String(describing: error))")
      return
    }
    #expect(file == broken)
    #expect(message.contains("unknown command 'frobnicate'"))
    #expect(try fixture.snapshot(of: before) == snapshot)
  }

  @Test("a replay that answers a different prompt than the session asks is refused whole")
  func labelMismatchRefused() throws {
    let (fixture, before, path) = try recordedMeeting()
    defer { fixture.cleanUp() }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let target = try #require(lines.firstIndex { $0.contains(" owner (step 3) | Zed") }) + 1
    let broken = try edited(path, line: target) {
      $0.replacingOccurrences(of: " owner (step 3) | Zed", with: " due (step 3) | Zed")
    }
    let snapshot = try fixture.snapshot(of: before)
    #expect(
      throws: TranscriptError.replayFailed(
        path: broken, line: target,
        message:
          "the session asked for 'owner' but the transcript answers 'due'; "
            + "is the store as it was when the transcript was recorded?"
      )
    ) {
      _ = try run("replay '\(broken)'", on: before, fixture: fixture)
    }
    #expect(try fixture.snapshot(of: before) == snapshot)
  }

  @Test("replay --step shows the meeting again without changing the store")
  func stepShowsWithoutChanging() throws {
    let (fixture, before, path) = try recordedMeeting()
    defer { fixture.cleanUp() }
    let snapshot = try fixture.snapshot(of: before)
    let printed = try run("replay '\(path)' --step", on: before, fixture: fixture)
    #expect(printed.hasPrefix("Transcript of 'Alpha 2027', agenda review, started "))
    #expect(printed.contains("[15:00:40] (step 1) feedback> Ana: the target looks low\n"))
    #expect(try fixture.snapshot(of: before) == snapshot)
  }
}
