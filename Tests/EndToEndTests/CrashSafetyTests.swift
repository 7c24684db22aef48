import Foundation
import Testing

/// The short version of `scripts/crash-test`: plansh is killed with SIGKILL at random
/// moments of a paced meeting and of a replay, and nothing acknowledged may be lost.
@Suite("Nothing acknowledged is lost when plansh is killed")
struct CrashSafetyTests {
  static let plan = "Northwind Freight 2027"
  static let root = PlanshProcess.packageRoot.path

  /// The sample meeting's input: the `meet` line, then every answer, with due dates made
  /// relative (`+60`) so that they stay in the future.
  static func sampleLines() throws -> [String] {
    let text = try String(
      contentsOfFile: root + "/samples/northwind-meeting.answers", encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      $0.replacingOccurrences(
        of: #"\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\b"#, with: "+60", options: .regularExpression)
    }
  }

  /// A store holding the sample plan, from its shipped transcript.
  static func sampleStore(_ plansh: PlanshProcess) throws -> String {
    let base = plansh.path("base.sqlite")
    let built = try plansh.run(
      ["--store", base, "replay", root + "/transcripts/sample-plan.transcript"])
    #expect(built.status == 0, "\(built.stderr)")
    return base
  }

  @Test("a meeting killed at random moments keeps what it acknowledged and resumes to its end")
  func killedMeetingsResume() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let base = try Self.sampleStore(plansh)
    let lines = try Self.sampleLines()
    let reference = try ReferenceMeeting(plansh, base: base, lines: lines)

    for kill in 1...4 {
      var meeting = try KilledMeeting(plansh, base: base, number: kill)
      let cut = Int.random(in: 1...lines.count)
      try meeting.run(lines: Array(lines.prefix(cut)))

      #expect(try meeting.integrity() == "ok", "kill \(kill) after \(cut) lines")
      let acknowledged = meeting.acknowledged
      try meeting.expectInStore(acknowledged, "kill \(kill) after \(cut) lines")
      try meeting.expectInTranscript(acknowledged)
      try meeting.finish(reference: reference, lines: lines)
      #expect(try meeting.integrity() == "ok")
      try meeting.expectInStore(acknowledged, "kill \(kill), resumed")
      #expect(try meeting.openMeetings() == "", "kill \(kill): the meeting did not end")
    }
  }

  @Test("a replay killed at a random moment leaves the store as it was, or wholly replayed")
  func killedReplayIsAllOrNothing() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let transcript = Self.root + "/transcripts/sample-plan.transcript"
    let empty = plansh.path("empty.sqlite")
    #expect(try plansh.run(["--store", empty, "plan", "list"]).status == 0)
    let full = plansh.path("full.sqlite")
    try PlanshProcess.copyStore(empty, to: full)
    #expect(try plansh.run(["--store", full, "replay", transcript]).status == 0)
    // The planner's statistics (sqlite_stat1, written by PRAGMA optimize as plansh closes
    // the store) are not plan data: a kill between the commit and the close leaves them out.
    func dump(_ store: String) throws -> String {
      try plansh.sqlite3(store, ".dump").split(separator: "\n")
        .filter { !$0.contains("sqlite_stat") && !$0.hasPrefix("ANALYZE") }
        .joined(separator: "\n")
    }
    let before = try dump(empty)
    let after = try dump(full)
    #expect(before != after)

    for kill in 1...3 {
      let store = plansh.path("replay-\(kill).sqlite")
      try PlanshProcess.copyStore(empty, to: store)
      let replay = try RunningPlansh(plansh, ["--store", store, "replay", transcript])
      replay.closeInput()
      usleep(UInt32.random(in: 0...120_000))
      replay.kill()
      let result = replay.wait()

      #expect(try plansh.sqlite3(store, "PRAGMA integrity_check") == "ok\n")
      let left = try dump(store)
      #expect(left == before || left == after, "kill \(kill): \(result.stderr)")
      if result.status == 0 { #expect(left == after) }
    }
  }
}

/// What the sample meeting answers at each step when nothing goes wrong.
struct ReferenceMeeting {
  /// Each answer with the meeting step it was given at, from the reference transcript.
  let answers: [(step: Int, text: String)]

  init(_ plansh: PlanshProcess, base: String, lines: [String]) throws {
    let store = plansh.path("reference.sqlite")
    try PlanshProcess.copyStore(base, to: store)
    let folder = plansh.path("reference-transcripts")
    let result = try plansh.run(
      ["--store", store, "--plan", CrashSafetyTests.plan, "--transcripts", folder],
      input: lines.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
    let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    answers = text.split(separator: "\n").compactMap(Self.answer)
    #expect(answers.count == lines.count - 1)
  }

  /// `> TIME LABEL (step N) | TEXT` as (N, TEXT).
  private static func answer(_ line: Substring) -> (step: Int, text: String)? {
    guard line.hasPrefix("> "), let open = line.range(of: " (step "),
      let bar = line.range(of: ") | ", range: open.upperBound..<line.endIndex),
      let step = Int(line[open.upperBound..<bar.lowerBound])
    else { return nil }
    return (step, String(line[bar.upperBound...]))
  }

  /// The answers for step `step` and after: what a meeting resumed there needs.
  func answers(from step: Int) -> [String] {
    answers.filter { $0.step >= step }.map(\.text)
  }
}
