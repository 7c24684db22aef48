import Foundation
import Testing

/// One sample meeting on a copy of a store, fed slowly and killed with SIGKILL, then
/// checked and finished.
struct KilledMeeting {
  /// A capture plansh acknowledged on stdout: `captured gap 3`, `captured action 4: …`.
  struct Capture: Hashable, CustomStringConvertible {
    let kind: String
    let id: Int
    var description: String { "captured \(kind) \(id)" }
  }

  let plansh: PlanshProcess
  let store: String
  let transcripts: String
  let name: String
  private(set) var killed = PlanshProcess.Result(stdout: "", stderr: "", status: 0)

  init(_ plansh: PlanshProcess, base: String, number: Int) throws {
    self.plansh = plansh
    name = "kill-\(number)"
    store = plansh.path(name + ".sqlite")
    transcripts = plansh.path(name + "-transcripts")
    try PlanshProcess.copyStore(base, to: store)
  }

  var arguments: [String] {
    ["--store", store, "--plan", CrashSafetyTests.plan, "--transcripts", transcripts]
  }

  /// Feeds `lines` a few milliseconds apart, waits a little more, and kills plansh.
  mutating func run(lines: [String]) throws {
    let running = try RunningPlansh(plansh, arguments, name: name)
    for line in lines {
      guard running.write(line) else { break }
      usleep(UInt32.random(in: 0...4_000))
    }
    usleep(UInt32.random(in: 0...20_000))
    running.kill()
    killed = running.wait()
    #expect(!killed.stderr.contains("locked"), "\(killed.stderr)")
  }

  /// Every capture acknowledged on stdout before the kill.
  var acknowledged: [Capture] {
    killed.stdout.split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ")
      guard words.count >= 3, words[0] == "captured" else { return nil }
      let number = words[2].hasSuffix(":") ? words[2].dropLast() : words[2]
      return Int(number).map { Capture(kind: String(words[1]), id: $0) }
    }
  }

  /// `PRAGMA integrity_check`, as the sqlite3 shell prints it.
  func integrity() throws -> String {
    try plansh.sqlite3(store, "PRAGMA integrity_check")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The ids of unfinished meetings, one per line.
  func openMeetings() throws -> String {
    try plansh.sqlite3(store, "SELECT id FROM meeting WHERE ended_at IS NULL")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func expectInStore(_ captures: [Capture], _ context: String) throws {
    let feedback = try listing("feedback")
    let actions = try listing("action")
    for capture in captures {
      let found = capture.kind == "action" ? actions : feedback
      #expect(found.integers("id").contains(capture.id), "\(capture) is lost: \(context)")
    }
  }

  private func listing(_ noun: String) throws -> JSONListing {
    let result = try plansh.run(arguments + [noun, "list", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONListing(result.stdout)
  }

  /// The meeting's transcript holds each acknowledged capture and ends with a whole line.
  func expectInTranscript(_ captures: [Capture]) throws {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: transcripts)) ?? []
    guard let file = files.first else {
      #expect(captures.isEmpty, "captures acknowledged without a transcript")
      return
    }
    let text = try String(contentsOfFile: transcripts + "/" + file, encoding: .utf8)
    #expect(text.hasSuffix("\n"), "the transcript's last line is cut short")
    for capture in captures {
      let shown = [" ", ":", "\n"].contains { text.contains("\n<   \(capture)" + $0) }
      #expect(shown, "\(capture) is not in the transcript")
    }
  }

  /// Resumes the meeting with the answers from the step it stopped at, or holds it from the
  /// start when it was killed before it was recorded. The meeting must end cleanly.
  func finish(reference: ReferenceMeeting, lines: [String]) throws {
    let open = try openMeetings()
    let meetings = try plansh.sqlite3(store, "SELECT count(*) FROM meeting")
    let input: [String]
    if meetings.hasPrefix("0") {
      input = lines
    } else if open.isEmpty {
      return
    } else {
      let step = try plansh.sqlite3(store, "SELECT current_step FROM meeting WHERE id = \(open)")
      let resumed = try #require(Int(step.trimmingCharacters(in: .whitespacesAndNewlines)))
      input = ["meet --resume"] + reference.answers(from: resumed + 1)
    }
    let result = try plansh.run(arguments, input: input.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(result.stdout.contains("items of feedback and "), "\(result.stdout.suffix(300))")
  }
}
