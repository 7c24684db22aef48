import Foundation
import Testing

/// The short version of `scripts/concurrency-test`: several plansh processes on one store
/// at once wait for each other; none fails, none loses a write.
@Suite("Several plansh processes on one store at once")
struct ConcurrencyTests {
  static let workers = 4
  static let rounds = 15

  @Test("plansh processes opening one new store at the same moment all succeed")
  func newStoreOpenedAtOnce() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }

    // Eight at once, started together by xargs (which waits with waitpid: a shell's
    // `wait` needs SIGCHLD, which Foundation's Process leaves blocked), sixteen times:
    // creating the schema twice, or switching the journal mode without waiting for the
    // others, failed some of these at first.
    let opening = """
      seq 8 | xargs -P 8 -I{} sh -c '"$0" --store "$1" plan list > /dev/null 2>> "$2" \\
        || echo "exit $?" >> "$2"' "$0" "$1" "$2"
      """
    for attempt in 1...16 {
      let store = plansh.path("new-\(attempt).sqlite")
      let errors = plansh.path("new-\(attempt).stderr")
      let shell = Process()
      shell.executableURL = URL(fileURLWithPath: "/bin/sh")
      shell.arguments = ["-c", opening, PlanshProcess.executable.path, store, errors]
      shell.environment = plansh.environment
      try shell.run()
      shell.waitUntilExit()

      let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
      #expect(stderr.isEmpty, "attempt \(attempt): \(stderr)")
      #expect(try plansh.sqlite3(store, "PRAGMA integrity_check") == "ok\n")
    }
  }

  @Test("a plansh opening a new store waits while another holds its lock, then succeeds")
  func newStoreWaitsForAReader() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let store = plansh.path("new.sqlite")
    _ = FileManager.default.createFile(atPath: store, contents: nil)
    // The sqlite3 shell holds the write lock on the new, empty store until told to let go,
    // as another plansh does while it creates the schema.
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    reader.arguments = [store]
    let input = Pipe()
    let output = Pipe()
    reader.standardInput = input
    reader.standardOutput = output
    try reader.run()
    try input.fileHandleForWriting.write(
      contentsOf: Data("BEGIN IMMEDIATE;\nSELECT 'held';\n".utf8))
    #expect(output.fileHandleForReading.availableData.starts(with: Data("held".utf8)))

    let opening = try RunningPlansh(plansh, ["--store", store, "plan", "list"])
    opening.closeInput()
    // Switching the new store's journal mode needs it alone; plansh failed at once here
    // with "database is locked" instead of waiting.
    usleep(300_000)
    try input.fileHandleForWriting.write(contentsOf: Data("COMMIT;\n".utf8))
    try input.fileHandleForWriting.close()
    reader.waitUntilExit()
    let result = opening.wait()

    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(try plansh.sqlite3(store, "PRAGMA journal_mode") == "wal\n")
  }

  @Test("four plansh processes writing one store at once lose nothing and never fail")
  func writersAtOnceLoseNothing() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let agenda = plansh.path("capture.agenda")
    try Self.agenda.write(toFile: agenda, atomically: true, encoding: .utf8)
    #expect(try plansh.run(["plan", "new", "Shared"]).status == 0)
    var scripts: [String] = []
    for worker in 1...Self.workers {
      scripts.append(plansh.path("worker-\(worker).plansh"))
      try Self.script(worker: worker, agenda: agenda)
        .write(toFile: scripts[worker - 1], atomically: true, encoding: .utf8)
    }

    let running = try scripts.enumerated().map { index, script in
      try RunningPlansh(plansh, ["-f", script], name: "worker-\(index + 1)")
    }
    for process in running { process.closeInput() }
    for (index, process) in running.enumerated() {
      let result = process.wait()
      #expect(result.status == 0, "worker \(index + 1): \(result.stderr)")
      #expect(result.stderr.isEmpty, "worker \(index + 1): \(result.stderr)")
    }

    #expect(try plansh.sqlite3(plansh.store, "PRAGMA integrity_check") == "ok\n")
    let accounts = try listing(plansh, "account", plan: "Shared")
    let expected = (1...Self.workers).flatMap { worker in
      (0..<Self.rounds).map { "W\(worker) account \($0)" }
    }
    #expect(Set(accounts.strings("name")) == Set(expected))
    #expect(accounts.objects.count == expected.count)
    #expect(accounts.strings("segment").allSatisfy { $0 == "A" })
    #expect(try listing(plansh, "action", plan: "Shared").objects.count == expected.count)
    for worker in 1...Self.workers {
      let plan = "Worker \(worker)"
      #expect(try listing(plansh, "feedback", plan: plan).objects.count == Self.rounds)
      #expect(try listing(plansh, "action", plan: plan).objects.count == Self.rounds)
      #expect(try listing(plansh, "account", plan: plan).objects.count == Self.rounds)
      let meetings = try listing(plansh, "meeting", plan: plan)
      #expect(meetings.objects.count == 1 && !meetings.strings("ended_at")[0].isEmpty)
    }
  }

  private func listing(_ plansh: PlanshProcess, _ noun: String, plan: String) throws
    -> JSONListing
  {
    let result = try plansh.run(["--plan", plan, noun, "list", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONListing(result.stdout)
  }

  static let agenda = """
    agenda "Capture" --minutes 10
    step "Feedback" --minutes 5
    prompt feedback "What did you hear?"
    step "Actions" --minutes 5
    prompt action "What will we do?"

    """

  /// Worker `worker`'s script: writes to the shared plan, then a meeting of its own that
  /// captures feedback and actions and runs commands.
  static func script(worker: Int, agenda: String) -> String {
    let name = "W\(worker)"
    var lines = ["plan use Shared"]
    for round in 0..<rounds {
      lines.append("account add '\(name) account \(round)' --segment B")
      lines.append("account set '\(name) account \(round)' --segment A --industry \(name)")
      lines.append("action add '\(name) action \(round)' --owner \(name) --due +30")
      lines.append("account list --format json")
    }
    lines += ["plan new 'Worker \(worker)'", "meet \(agenda)"]
    for round in 0..<rounds {
      lines.append("\(name): feedback \(round)")
      lines.append("!account add '\(name) meeting account \(round)'")
    }
    lines.append("")
    lines += (0..<rounds).map { "\(name) follow-up \($0) --owner \(name) --due +14" }
    lines.append("")
    return lines.joined(separator: "\n") + "\n"
  }
}
