import Foundation
import Testing

@Suite("A plan and its meeting, end to end with the built plansh")
struct MeetingEndToEndTests {
  static let plan = "Alpha 2027"
  static let team = "Ana (presenter), Ben (reviewer), Carol (coach)"
  static let meet = "meet --participants '\(team)'"

  /// Answers for the prompts of the shipped Test & Improve agenda on a plan with no
  /// targeted accounts and nothing overdue: clarifying questions, six gap prompts
  /// (checks, details, opportunity map, relationships, insights, objectives), actions and
  /// decisions.
  static let answers = [
    "Carol: who signs off the budget?", "",
    "Ana: the target looks low against the pipeline", "Ben: Edge has no potential yet", "",
    "",
    "Ana: GenePoint is all white space", "",
    "", "", "",
    "Qualify GenePoint --owner Ana --due +14", "Map the Edge buying committee", "Zed", "Ben",
    "2027-01-31", "",
    "We review the plan every month", "",
  ]

  /// `YYYY-MM-DD` in UTC, `days` from now.
  private static func day(plus days: Int) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date().addingTimeInterval(Double(days) * 86_400))
  }

  /// Copies a store file and its write-ahead log, if any, to `target`.
  private static func copyStore(_ source: String, to target: String) throws {
    let manager = FileManager.default
    for suffix in ["", "-wal"] where manager.fileExists(atPath: source + suffix) {
      try manager.copyItem(atPath: source + suffix, toPath: target + suffix)
    }
  }

  /// The feedback and action listings of `plan` in the store at `store`.
  private func listings(_ plansh: PlanshProcess, store: String, plan: String = plan) throws
    -> (feedback: JSONListing, actions: JSONListing)
  {
    let base = ["--store", store, "--plan", plan]
    let feedback = try plansh.run(base + ["feedback", "list", "--format", "json"])
    let actions = try plansh.run(base + ["action", "list", "--format", "json"])
    #expect(feedback.status == 0, "\(feedback.stderr)")
    #expect(actions.status == 0, "\(actions.stderr)")
    return (try JSONListing(feedback.stdout), try JSONListing(actions.stdout))
  }

  @Test(
    "a plan from a Salesforce export, a scripted meeting, and its replay into a copy",
    .enabled(
      if: PlanshProcess.realData("lwc-recipes") != nil,
      "skipped: the lwc-recipes export is not in ../shared/realdata beside the package"))
  func planMeetingAndReplay() throws {
    let data = try #require(PlanshProcess.realData("lwc-recipes"))
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }

    let created = try plansh.run(["plan", "new", Self.plan, "--target", "2m"])
    #expect(created.status == 0, "\(created.stderr)")
    let imported = try plansh.run(["--plan", Self.plan, "import", "salesforce", data])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("10 accounts"))
    try Self.copyStore(plansh.store, to: plansh.path("before.sqlite"))
    try Self.copyStore(plansh.store, to: plansh.path("checked.sqlite"))
    let dueSoon = [Self.day(plus: 14)]

    let script = [Self.meet] + Self.answers + ["no such command"]
    let meeting = try plansh.run(
      ["--plan", Self.plan], input: script.joined(separator: "\n") + "\n")

    // One answer was refused (Zed is no participant): the script fails, all else is kept.
    // The refusal, and the failing command after the meeting, name their own lines.
    #expect(meeting.status == 1, "\(meeting.stderr)")
    let zed = try #require(script.firstIndex(of: "Zed")) + 1
    #expect(
      meeting.stderr.contains(
        "<stdin>:\(zed):1: error: unknown owner 'Zed'; participants are Ana, Ben, Carol"))
    #expect(meeting.stderr.contains("<stdin>:\(script.count):1: error: unknown command 'no"))
    #expect(meeting.stdout.contains("== Step 16/16: Improve: decisions (overview, 5 min) =="))
    #expect(meeting.stdout.contains("5 items of feedback and 2 actions captured."))
    #expect(!meeting.stdout.contains("\u{1B}"))

    let (feedback, actions) = try listings(plansh, store: plansh.store)
    #expect(feedback.strings("kind") == ["question", "gap", "gap", "gap", "decision"])
    #expect(feedback.strings("speaker") == ["Carol", "Ana", "Ben", "Ana", ""])
    #expect(feedback.strings("area") == ["", "", "", "opportunities", "overview"])
    #expect(feedback.integers("meeting_id") == Array(repeating: 1, count: 5))
    let dueDays = dueSoon + [Self.day(plus: 14)]
    #expect(actions.objects.count == 2)
    let qualify = try #require(
      actions.objects.first {
        $0["name"] as? String == "Qualify GenePoint"
      })
    #expect(qualify["owner"] as? String == "Ana")
    #expect(dueDays.contains(qualify["due_on"] as? String ?? ""))
    let map = try #require(
      actions.objects.first {
        $0["name"] as? String == "Map the Edge buying committee"
      })
    #expect(map["owner"] as? String == "Ben")
    #expect(map["due_on"] as? String == "2027-01-31")
    #expect(actions.strings("area") == ["actions", "actions"])
    #expect(actions.integers("meeting_id") == [1, 1])

    let folder = plansh.path("transcripts")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".transcript") }
    #expect(files.count == 1)
    let transcript = folder + "/" + (try #require(files.first))
    #expect(transcript.contains("/alpha-2027-"))

    let replayed = try plansh.run(["--store", plansh.path("before.sqlite"), "replay", transcript])
    #expect(replayed.status == 0, "\(replayed.stderr)")
    let rebuilt = try listings(plansh, store: plansh.path("before.sqlite"))
    #expect(rebuilt.feedback == feedback)
    #expect(rebuilt.actions == actions)

    let checked = try plansh.run(
      ["--store", plansh.path("checked.sqlite"), "replay", transcript, "--check"])
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(checked.stdout.contains("every output matches"))
    let unchanged = try listings(plansh, store: plansh.path("checked.sqlite"))
    #expect(unchanged.feedback.objects.isEmpty && unchanged.actions.objects.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
  }

  @Test("a meeting started as words on the command line records its own command line")
  func wordsFormMeetingReplays() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    #expect(try plansh.run(["plan", "new", Self.plan]).status == 0)
    try Self.copyStore(plansh.store, to: plansh.path("before.sqlite"))
    let answers = ["Ana: too low", "", "", "", "", "", "", "", "", ""]

    let meeting = try plansh.run(
      ["--plan", Self.plan, "meet", "--participants", Self.team],
      input: answers.joined(separator: "\n") + "\n")

    #expect(meeting.status == 0, "\(meeting.stderr)")
    let folder = plansh.path("transcripts")
    let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
    let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    let firstInput = text.split(separator: "\n").first { $0.hasPrefix("> ") } ?? ""
    #expect(firstInput.contains(" shell | meet --participants "), "\(firstInput)")
    let replayed = try plansh.run(
      ["--store", plansh.path("before.sqlite"), "replay", folder + "/" + file, "--check"])
    #expect(replayed.status == 0, "\(replayed.stderr)")
  }

  @Test("the shipped sample plan rebuilds and the sample meeting checks clean against it")
  func shippedSamplesReplay() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let samples = PlanshProcess.packageRoot.appendingPathComponent("transcripts").path

    let built = try plansh.run(["replay", samples + "/sample-plan.transcript"])
    #expect(built.status == 0, "\(built.stderr)")
    #expect(built.stdout.contains("replayed "))
    let northwind = "Northwind Freight 2027"
    let before = try listings(plansh, store: plansh.store, plan: northwind)

    let checked = try plansh.run(["replay", samples + "/sample-meeting.transcript", "--check"])

    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(checked.stdout.contains("every output matches"))
    #expect(try listings(plansh, store: plansh.store, plan: northwind) == before)
    let rebuilt = try plansh.run(["replay", samples + "/sample-meeting.transcript"])
    #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    let after = try listings(plansh, store: plansh.store, plan: northwind)
    #expect(after.feedback.objects.count == before.feedback.objects.count + 10)
    #expect(after.actions.objects.count == before.actions.objects.count + 2)
    #expect(!FileManager.default.fileExists(atPath: plansh.path("transcripts")))
  }

  @Test("a damaged transcript is refused with its line and changes nothing")
  func damagedTranscriptRefused() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let samples = PlanshProcess.packageRoot.appendingPathComponent("transcripts").path
    var lines = try String(contentsOfFile: samples + "/sample-plan.transcript", encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[40] = "? not a record"
    let damaged = plansh.path("damaged.transcript")
    try lines.joined(separator: "\n").write(toFile: damaged, atomically: true, encoding: .utf8)

    let result = try plansh.run(["replay", damaged])

    #expect(result.status == 1)
    #expect(
      result.stderr == "plansh: error: \(damaged):41:1: damaged transcript: "
        + "a line must start with '>', '<' or '!'\n")
    let plans = try plansh.run(["plan", "list", "--format", "json"])
    #expect(plans.stdout == "[]\n")
  }

  @Test("a meeting on a store named by a relative path records its transcript's full path")
  func transcriptPathIsAbsolute() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let store = ["--store", "relative.sqlite"]
    try plansh.run(store + ["plan", "new", "R"])

    let meeting = try plansh.run(
      store + ["--plan", "R", "meet", "weekly-review", "--participants", "Ana"], input: "/end\n")
    let listed = try plansh.run(store + ["--plan", "R", "meeting", "list", "--format", "csv"])

    #expect(meeting.status == 0, "\(meeting.stderr)")
    #expect(listed.stdout.contains(plansh.path("transcripts") + "/r-"), "\(listed.stdout)")
  }
}
