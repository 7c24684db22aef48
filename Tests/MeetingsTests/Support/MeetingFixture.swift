import Foundation
import PlanCommands
import PlanStore

@testable import Meetings

/// A clock that moves only when told, so that every timestamp a test sees is known.
final class TestClock {
  var now: Date

  init(_ text: String = "2026-12-04T15:00:00Z") {
    now = Timestamps.date(from: text)!
  }

  func advance(seconds: Double) { now += seconds }
}

/// Answers given one per prompt, as people type them: the clock moves on before each
/// answer, and every prompt asked is kept, with a look at the store when it was asked.
final class TimedAnswers: LineSource {
  private let lines: ScriptedLines
  private let clock: TestClock
  private let secondsPerAnswer: Double
  /// Called at every prompt, before the answer is given.
  var onPrompt: (Prompt) -> Void = { _ in }
  private(set) var prompts: [Prompt] = []
  let isInteractive = false

  init(_ answers: [String], clock: TestClock, secondsPerAnswer: Double = 40) {
    lines = ScriptedLines(answers)
    self.clock = clock
    self.secondsPerAnswer = secondsPerAnswer
  }

  /// The labels of the prompts asked, in order.
  var labels: [String] { prompts.map(\.label) }

  func readLine(_ prompt: Prompt) -> InputEvent {
    prompts.append(prompt)
    onPrompt(prompt)
    let event = lines.readLine(prompt)
    if event != .end { clock.advance(seconds: secondsPerAnswer) }
    return event
  }
}

/// Events given one per prompt: lines, interrupts (Ctrl-C) and the end of input.
final class EventAnswers: LineSource {
  private var events: [InputEvent]
  private(set) var labels: [String] = []
  let isInteractive = true

  init(_ events: [InputEvent]) { self.events = events }

  func readLine(_ prompt: Prompt) -> InputEvent {
    labels.append(prompt.label)
    return events.isEmpty ? .end : events.removeFirst()
  }
}

/// A scratch folder holding a store, a session on it, agendas and transcripts.
final class MeetingFixture {
  let folder: String
  let store: PlanStore
  let session: Session
  let output = CapturedOutput()
  let clock = TestClock()

  /// The participants most tests use.
  static let team = "Ana (presenter), Ben (reviewer), Carol (coach)"

  /// A four-step agenda, one prompt of each kind but question.
  static let reviewAgenda = """
    agenda "Short review" --minutes 20
    step "Overview" --area overview --minutes 5
    say "Walk the team through the plan."
    prompt feedback "Feedback on the overview?"
    step "Opportunities" --area opportunities --minutes 5
    prompt gap "Gaps in the opportunity map?"
    step "Actions" --area objectives --minutes 5
    prompt action "What will we do?"
    step "Improve" --area actions --minutes 5
    prompt decision "What did we decide?"
    """

  init(storeName: String = "plans.sqlite") throws {
    folder = NSTemporaryDirectory() + "plansh-meetings-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: folder + "/agendas", withIntermediateDirectories: true)
    store = try PlanStore(path: folder + "/" + storeName, user: "Sam")
    session = Session(
      store: store, commands: MeetingCatalog.commandTable(), output: output,
      diagnostics: output, input: ScriptedLines([]))
    store.clock = { [clock] in clock.now }
    session.settings["agendas"] = folder + "/agendas:" + Self.shippedAgendas
    try writeAgenda("review", Self.reviewAgenda)
  }

  func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

  /// The package's shipped `agendas/` folder.
  static var shippedAgendas: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("agendas").path
  }

  /// Writes `NAME.agenda` into the fixture's agenda folder and returns its path.
  @discardableResult
  func writeAgenda(_ name: String, _ text: String) throws -> String {
    let path = folder + "/agendas/\(name).agenda"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Creates a plan and makes it current.
  func makePlan(_ name: String = "Alpha 2027") throws {
    try session.execute("plan new '\(name)' --target 2m")
    _ = output.take()
  }

  /// Runs `line` (a `meet` command, say) with `answers` typed at its prompts; returns
  /// the answers source (for the prompts asked) and everything printed.
  @discardableResult
  func run(_ line: String, answers: [String], onPrompt: @escaping (Prompt) -> Void = { _ in })
    throws -> (answers: TimedAnswers, printed: String)
  {
    let source = TimedAnswers(answers, clock: clock)
    source.onPrompt = onPrompt
    session.input = source
    try session.execute(line)
    return (source, output.take())
  }

  /// The current plan's id.
  var planID: Int64 { (try? session.requirePlan().id) ?? 0 }

  /// Today on the test clock plus `days`, as stored.
  func day(plus days: Int) -> String {
    DateInput.day(of: clock.now.addingTimeInterval(Double(days) * 86_400))
  }

  /// Every row of every table, to show that something changed nothing.
  func snapshot(of store: PlanStore? = nil) throws -> [String: [[SQLValue]]] {
    let database = (store ?? self.store).database
    let tables = try database.rows(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    var snapshot: [String: [[SQLValue]]] = [:]
    for table in tables.map({ $0.string(0) }) {
      snapshot[table] = try database.rows("SELECT * FROM \"\(table)\" ORDER BY rowid")
        .map(\.values)
    }
    return snapshot
  }

  /// A copy of the store as it is now, opened as a store of its own.
  func copyOfStore(named name: String) throws -> PlanStore {
    let path = folder + "/" + name
    try store.database.execute("VACUUM INTO '\(path)'")
    return try PlanStore(path: path, user: "someone else")
  }

  /// A session on `store` like the fixture's, printing into `output`.
  func session(on store: PlanStore, output: CapturedOutput) -> Session {
    let other = Session(
      store: store, commands: MeetingCatalog.commandTable(), output: output,
      diagnostics: output, input: ScriptedLines([]))
    other.settings = session.settings
    return other
  }

  /// The transcript files written into `folder/transcripts`.
  func transcripts() -> [String] {
    let path = folder + "/transcripts"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return files.filter { $0.hasSuffix(".transcript") }.sorted().map { path + "/" + $0 }
  }
}
