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

    for attempt in 1...3 {
      let store = plansh.path("new-\(attempt).sqlite")
      let running = try (1...Self.workers).map { worker in
        try RunningPlansh(plansh, ["--store", store, "plan", "list"], name: "open-\(worker)")
      }
      for process in running { process.closeInput() }
      for process in running {
        let result = process.wait()
        #expect(result.status == 0, "attempt \(attempt): \(result.stderr)")
        #expect(result.stderr.isEmpty, "attempt \(attempt): \(result.stderr)")
      }
      #expect(try plansh.sqlite3(store, "PRAGMA integrity_check") == "ok\n")
    }
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
