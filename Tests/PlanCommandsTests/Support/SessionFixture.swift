import Foundation
import PlanCommands
import PlanStore

/// A fresh store in a scratch folder with a session over every plan command, its output
/// and diagnostics captured separately.
final class SessionFixture {
  let folder: URL
  let store: PlanStore
  let output = CapturedOutput()
  let diagnostics = CapturedOutput()
  let session: Session

  /// Opens the store; `lines` are what commands that read input will get.
  init(input lines: [String] = []) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("plansh-command-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    store = try PlanStore(path: folder.appendingPathComponent("plans.sqlite").path, user: "tester")
    session = Session(
      store: store, commands: CommandTable(PlanCommandCatalog.all), output: output,
      diagnostics: diagnostics, input: ScriptedLines(lines))
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs `line` and returns what it printed.
  @discardableResult
  func run(_ line: String) throws -> String {
    _ = output.take()
    try session.execute(line)
    return output.take()
  }

  /// Runs each line in turn, for setting up a plan.
  func runAll(_ lines: [String]) throws {
    for line in lines { try run(line) }
  }

  /// The error `line` throws, or nil when it succeeds.
  func failure(_ line: String) -> Error? {
    do {
      try run(line)
      return nil
    } catch {
      return error
    }
  }

  /// The current plan's id; fails when there is none.
  func planID() throws -> Int64 {
    try session.requirePlan().id
  }

  /// The number of rows in `table`.
  func count(_ table: String) throws -> Int64 {
    try store.database.row("SELECT COUNT(*) FROM \(table)")?.int(0) ?? -1
  }

  /// Row counts of every table an import or a plan command writes.
  func snapshot() throws -> [String: Int64] {
    var counts: [String: Int64] = [:]
    for table in [
      "plan", "account", "contact", "opportunity", "solution", "action",
      "change_log",
    ] {
      counts[table] = try count(table)
    }
    return counts
  }

  /// Writes `text` to `name` in the scratch folder and returns its path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}
