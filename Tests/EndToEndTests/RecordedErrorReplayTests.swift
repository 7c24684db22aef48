import Foundation
import Testing

@Suite("Replaying recorded sessions that hold errors")
struct RecordedErrorReplayTests {
  static let script = "plan new Alpha\naccount add X --segment Z\naccount add Y\n"

  @Test(
    "a recorded session with a failed command rebuilds and checks clean",
    arguments: [["-f", "-", "--keep-going"], ["-c", "plan new Alpha", "-c", "account add X -s"]])
  func failedCommandReplays(form: [String]) throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let recorded = try plansh.run(
      ["--store", plansh.path("live.sqlite"), "--record", plansh.path("live.transcript")]
        + form, input: Self.script)
    #expect(recorded.status == 1)
    #expect(recorded.stderr.contains("error: "))

    let rebuilt = try plansh.run(["replay", plansh.path("live.transcript")])
    #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    let checked = try plansh.run(
      [
        "--store", plansh.path("checked.sqlite"), "replay", plansh.path("live.transcript"),
        "--check",
      ])
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(checked.stdout.contains("every output matches"))
    let live = try plansh.run([
      "--store", plansh.path("live.sqlite"), "--plan", "Alpha",
      "account", "list", "--format", "json",
    ])
    let replayed = try plansh.run(["--plan", "Alpha", "account", "list", "--format", "json"])
    #expect(try JSONListing(replayed.stdout) == JSONListing(live.stdout))
  }

  @Test("a new error in a replay names the transcript line of the input that failed")
  func newErrorNamesItsInput() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let transcript = plansh.path("live.transcript")
    let recorded = try plansh.run(
      ["--store", plansh.path("live.sqlite"), "--record", transcript, "-f", "-"],
      input: "plan new Alpha\naccount add X\n")
    #expect(recorded.status == 0, "\(recorded.stderr)")
    #expect(try plansh.run(["plan", "new", "Alpha"]).status == 0)
    let lines = try String(contentsOfFile: transcript, encoding: .utf8).split(separator: "\n")
    let input = try #require(lines.firstIndex { $0.hasSuffix("shell | plan new Alpha") }) + 1

    let replayed = try plansh.run(["replay", transcript])

    #expect(replayed.status == 1)
    #expect(
      replayed.stderr == "plansh: error: \(transcript):\(input):1: replay stopped, "
        + "store left as it was: error: plan 'Alpha' already exists\n")
  }
}
