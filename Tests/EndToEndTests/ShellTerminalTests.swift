import Foundation
import Testing

/// The shell as a person uses it: keys typed into a real pseudo-terminal, the screen
/// read back, and the store checked afterwards without a terminal.
///
/// Serialized because each case runs a Python driver and plansh on a shared machine;
/// every wait is generous and nothing measures time.
@Suite(
  "the shell at a terminal", .serialized,
  .enabled(
    if: PlanshProcess.python != nil,
    "python3 is not on PATH; it drives the pseudo-terminal these tests type into"))
struct ShellTerminalTests {
  let plansh: PlanshProcess

  init() throws { plansh = try PlanshProcess() }

  /// Creates a plan without a terminal, so that a case can start inside it.
  func makePlan(_ name: String) throws {
    let result = try plansh.run(["plan", "new", name])
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// The feedback texts the store holds for `plan`, oldest first.
  func feedback(_ plan: String) throws -> [String] {
    try plansh.json(["--plan", plan, "feedback", "list", "--format", "json"])
      .compactMap { $0["text"] as? String }
  }

  /// Types `line` and waits until the editor shows it after `prompt`, then presses Enter.
  func enter(_ line: String, after prompt: String) -> [TerminalStep] {
    [.send(line), .cursorLine(prompt + line), .send(Key.enter)]
  }

  @Test("the prompt names the current plan")
  func promptShowsCurrentPlan() throws {
    defer { plansh.cleanUp() }
    try makePlan("Northwind")
    let run = try plansh.runAtTerminal(
      ["--plan", "Northwind"],
      steps: [
        .expect("plansh[Northwind]> "), .cursorLine("plansh[Northwind]>"),
        .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(run.status == 0)
  }

  @Test("a plan name with accents, CJK and emoji is stored exactly as typed")
  func unicodePlanNameIsStoredExactly() throws {
    defer { plansh.cleanUp() }
    let name = "Café 日本 🎉"
    let steps: [TerminalStep] =
      [.expect("plansh> ")]
      + enter("plan new '\(name)'", after: "plansh> ")
      // The guided set-up asks five questions; Enter skips each.
      + [.expect("Plan type ("), .expect("  > "), .send(String(repeating: Key.enter, count: 5))]
      + [.expect("set up later"), .expect("plansh[\(name)]> ")]
      + enter("plan list --format json", after: "plansh[\(name)]> ")
      + [.expect("\"name\": \"\(name)\""), .expect("plansh[\(name)]> "), .send(Key.ctrlD), .exit]
    let run = try plansh.runAtTerminal(steps: steps)
    #expect(run.ok, "\(run.report)")
    let plans = try plansh.json(["plan", "list", "--format", "json"])
    #expect(plans.compactMap { $0["name"] as? String } == [name])
  }

  @Test("moving over and editing wide and accented characters stores the edited line")
  func editingNonASCIIText() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let prompt = "plansh[P]> "
    let run = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [
        .expect(prompt), .send("feedback add 'Café 日本 ok'"),
        .cursorLine(prompt + "feedback add 'Café 日本 ok'"),
        // Six to the left is just before 日; insert there, then step over X and 日 and
        // delete 本 with Backspace.
        .send(Key.left(6) + "X"), .cursorLine(prompt + "feedback add 'Café X日本 ok'"),
        .send(Key.right(2) + Key.backspace), .cursorLine(prompt + "feedback add 'Café X日 ok'"),
        .send(Key.ctrlA + "  "), .cursorLine(prompt + "  feedback add 'Café X日 ok'"),
        .send(Key.enter), .expect("recorded feedback"), .expect(prompt), .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(try feedback("P") == ["Café X日 ok"])
  }

  @Test("Ctrl-C abandons a half-typed line and the next line starts clean")
  func ctrlCAbandonsTheLine() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let prompt = "plansh[P]> "
    let run = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [
        .expect(prompt), .send("feedback add 'abandoned one'"),
        .cursorLine(prompt + "feedback add 'abandoned one'"),
        // The cursor goes to the end first, so ^C overwrites none of the abandoned text.
        .send(Key.left(5)), .cursorColumn(34), .send(Key.ctrlC), .expect("^C"),
        .screen(prompt + "feedback add 'abandoned one'^C"), .expect(prompt),
        .cursorLine("plansh[P]>"),
        // An open quote asks for more; Ctrl-C at the continuation prompt drops it all.
        .send("feedback add 'abandoned two"), .cursorLine(prompt + "feedback add 'abandoned two"),
        .send(Key.enter), .expect("> "), .cursorLine(">"), .send("still open"),
        .cursorLine("> still open"), .send(Key.ctrlC), .expect(prompt), .cursorLine("plansh[P]>"),
        .send("feedback add kept"), .cursorLine(prompt + "feedback add kept"), .send(Key.enter),
        .expect("recorded feedback"), .expect(prompt),
        // History holds what ran, not what was abandoned.
        .send("junk"), .cursorLine(prompt + "junk"), .send(Key.ctrlC), .expect(prompt),
        .send(Key.up), .cursorLine(prompt + "feedback add kept"), .send(Key.ctrlC),
        .expect(prompt), .cursorLine("plansh[P]>"), .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(run.status == 0)
    #expect(try feedback("P") == ["kept"])
  }

  @Test("Ctrl-D leaves on an empty line with status 0, but not on a line with text")
  func ctrlDLeavesOnlyOnAnEmptyLine() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let prompt = "plansh[P]> "
    let run = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [
        .expect(prompt), .send("feedback add 'still here'"),
        .cursorLine(prompt + "feedback add 'still here'"), .send(Key.ctrlD),
        // Were the shell gone, this line could never be recorded.
        .send("!"), .cursorLine(prompt + "feedback add 'still here'!"),
        .send(Key.backspace + Key.enter), .expect("recorded feedback"), .expect(prompt),
        .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(run.status == 0)
    #expect(try feedback("P") == ["still here"])
  }

  @Test("history survives a restart, Up recalls it, and the file is private")
  func historyPersistsAcrossRuns() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let prompt = "plansh[P]> "
    let line = "feedback add 'from the first run 日本'"
    let first = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [.expect(prompt)] + enter(line, after: prompt)
        + [.expect("recorded feedback"), .expect(prompt), .send(Key.ctrlD), .exit])
    #expect(first.ok, "\(first.report)")

    let history = plansh.path("state/plansh/history")
    let file = try FileManager.default.attributesOfItem(atPath: history)
    #expect((file[.posixPermissions] as? Int) == 0o600)
    let folder = try FileManager.default.attributesOfItem(atPath: plansh.path("state/plansh"))
    #expect((folder[.posixPermissions] as? Int) == 0o700)

    let second = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [
        .expect(prompt), .send(Key.up), .cursorLine(prompt + line), .send(Key.enter),
        .expect("recorded feedback"), .expect(prompt), .send(Key.ctrlD), .exit,
      ])
    #expect(second.ok, "\(second.report)")
    #expect(try feedback("P") == ["from the first run 日本", "from the first run 日本"])
  }

  @Test("Tab completes commands, sub-commands, options, values and quoted names")
  func tabCompletes() throws {
    defer { plansh.cleanUp() }
    let name = "Café 日本 🎉"
    try makePlan(name)
    try makePlan("Other")
    let prompt = "plansh[Other]> "
    let run = try plansh.runAtTerminal(
      ["--plan", "Other"],
      steps: [
        .expect(prompt), .send("acc" + Key.tab), .cursorLine(prompt + "account"),
        .send("l" + Key.tab), .cursorLine(prompt + "account list"),
        .send("--for" + Key.tab), .cursorLine(prompt + "account list --format"),
        .send("js" + Key.tab + "X"), .cursorLine(prompt + "account list --format json X"),
        .send(Key.backspace + Key.enter), .expect("[]"), .expect(prompt),
        // Several candidates: the list is shown and the line kept.
        .send("plan " + Key.tab),
        .screen("check   export  import  list    new     set     show    types   use"),
        .cursorLine(prompt + "plan"), .send("use Caf" + Key.tab),
        .cursorLine(prompt + "plan use '\(name)'"), .send(Key.enter),
        .expect("plansh[\(name)]> "), .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(run.status == 0)
  }
}
