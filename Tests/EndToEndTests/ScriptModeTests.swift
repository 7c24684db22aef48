import Foundation
import Testing

/// A line that must fail in a script, and words of the one-line error it must print.
struct BadScriptLine: Sendable, CustomTestStringConvertible {
  let name: String
  let line: String
  let error: String

  var testDescription: String { name }

  static let all: [BadScriptLine] = [
    .init(
      name: "an unknown command", line: "frobnicate the plan",
      error: "<stdin>:1:1: error: unknown command 'frobnicate'"),
    .init(
      name: "a missing argument", line: "account add --segment A",
      error: "error: missing NAME; usage: account add NAME"),
    .init(
      name: "an ambiguous name", line: "account set Acme --segment B",
      error: "error: 'Acme' matches several accounts: Acme East (id 1), Acme West (id 2)"),
    .init(
      name: "a bad option value", line: "account list --format yaml",
      error: "error: invalid value 'yaml' for --format"),
  ]
}

@Suite("Scripts, pipes, -c, -f and words")
struct ScriptModeTests {
  /// A scratch store with plan Beta and two accounts whose names share a prefix.
  private func betaStore() throws -> PlanshProcess {
    let plansh = try PlanshProcess()
    let made = try plansh.run([
      "-c", "plan new Beta", "-c", "account add 'Acme East' --segment A",
      "-c", "account add 'Acme West'", "-c", "contact add 'Amy Ray' --account 'Acme East'",
    ])
    #expect(made.status == 0, "\(made.stderr)")
    return plansh
  }

  /// Every listing of plan Beta, as JSON text, to show that nothing changed.
  private func everything(_ plansh: PlanshProcess) throws -> [String] {
    try ["plan", "account", "contact", "opportunity", "objective", "action", "feedback"].map {
      let listing = try plansh.run(["--plan", "Beta", $0, "list", "--format", "json"])
      #expect(listing.status == 0, "\(listing.stderr)")
      return listing.stdout
    }
  }

  /// A copy of the lwc-recipes export whose contacts file breaks after the accounts read.
  private func brokenExport(_ plansh: PlanshProcess) throws -> String {
    let data = try #require(PlanshProcess.realData("lwc-recipes"))
    let folder = plansh.path("bad")
    try FileManager.default.copyItem(atPath: data, toPath: folder)
    let contacts = folder + "/Contacts.json"
    let text = try String(contentsOfFile: contacts, encoding: .utf8)
    let broken = text.replacingOccurrences(of: "\"LastName\"", with: "\"LastName\" 1")
    #expect(broken != text)
    try broken.write(toFile: contacts, atomically: true, encoding: .utf8)
    return folder
  }

  /// Runs `line` then `plan list` as a piped script, expecting it to stop at `line` with
  /// one error line holding `error`, exit 1 and no change to the store.
  private func expectCleanFailure(_ plansh: PlanshProcess, _ line: String, error: String)
    throws
  {
    let before = try everything(plansh)

    let result = try plansh.run(["--plan", "Beta"], input: line + "\nplan list\n")

    #expect(result.status == 1)
    #expect(result.stdout == "", "the script stops at its first error")
    #expect(result.stderr.contains(error), "\(result.stderr)")
    #expect(result.stderr.hasSuffix("\n"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
    #expect(try everything(plansh) == before)
  }

  @Test(
    "bad input in a script is one clear error line, exit 1 and an unchanged store",
    arguments: BadScriptLine.all)
  func badInputFailsCleanly(_ bad: BadScriptLine) throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }
    try expectCleanFailure(plansh, bad.line, error: bad.error)
  }

  @Test(
    "a malformed import file fails whole, naming the file, line and column",
    .enabled(
      if: PlanshProcess.realData("lwc-recipes") != nil,
      "skipped: the lwc-recipes export is not in ../shared/realdata beside the package"))
  func malformedImportFailsCleanly() throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }
    let folder = try brokenExport(plansh)
    try expectCleanFailure(
      plansh, "import salesforce '\(folder)'", error: "error: \(folder)/Contacts.json:")
  }

  @Test("a script file stops at its first error, named file:line:column")
  func scriptFileStopsAtFirstError() throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }
    let script = plansh.path("setup.plansh")
    let text = "# set up\naccount add Delta\nfrobnicate now\naccount add Never\n"
    try text.write(toFile: script, atomically: true, encoding: .utf8)

    let stopped = try plansh.run(["--plan", "Beta", "-f", script])

    #expect(stopped.status == 1)
    #expect(stopped.stderr.hasPrefix("\(script):3:1: error: unknown command 'frobnicate'"))
    let names = try JSONListing(
      plansh.run(["--plan", "Beta", "account", "list", "--format", "json"]).stdout)
    #expect(names.strings("name") == ["Acme East", "Acme West", "Delta"])

    let kept = try plansh.run(["--plan", "Beta", "--keep-going", "-f", script])
    #expect(kept.status == 1)
    let after = try JSONListing(
      plansh.run(["--plan", "Beta", "account", "list", "--format", "json"]).stdout)
    #expect(after.strings("name").contains("Never"))
  }

  @Test("-c, -f FILE, -f -, piped stdin and words print the same, with no prompts or escapes")
  func everyFormRunsTheSame() throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }
    let lines = ["account list", "contact list --format csv", "plan show"]
    let script = plansh.path("lines.plansh")
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: script, atomically: true, encoding: .utf8)
    let terminal = ["TERM": "xterm-256color", "COLUMNS": "80"]
    let base = ["--plan", "Beta"]

    var outputs: [String: PlanshProcess.Result] = [:]
    outputs["-c"] = try plansh.run(
      base + lines.flatMap { ["-c", $0] }, environment: terminal)
    outputs["-f"] = try plansh.run(base + ["-f", script], environment: terminal)
    outputs["-f -"] = try plansh.run(
      base + ["-f", "-"], input: lines.joined(separator: "\n"), environment: terminal)
    outputs["stdin"] = try plansh.run(
      base, input: lines.joined(separator: "\n") + "\n", environment: terminal)
    let words = try lines.map { line in
      try plansh.run(base + line.split(separator: " ").map(String.init), environment: terminal)
    }
    outputs["words"] = PlanshProcess.Result(
      stdout: words.map(\.stdout).joined(), stderr: words.map(\.stderr).joined(),
      status: words.map(\.status).max() ?? 0)

    let expected = try #require(outputs["-c"]).stdout
    #expect(expected.contains("Acme East") && expected.contains("Amy Ray"))
    for (form, result) in outputs {
      #expect(result.status == 0, "\(form): \(result.stderr)")
      #expect(result.stderr == "", "\(form)")
      #expect(result.stdout == expected, "\(form)")
      #expect(!result.stdout.contains("\u{1B}"), "\(form)")
      #expect(!result.stdout.contains("plansh>") && !result.stdout.contains("plansh["))
    }
  }

  @Test("CRLF line ends and a byte-order mark run like plain lines; a NUL byte is refused")
  func crlfBomAndNul() throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }
    let plain = try plansh.run(["--plan", "Beta"], input: "plan list\naccount list\n")

    let windows = try plansh.run(
      ["--plan", "Beta"], input: "\u{FEFF}plan list\r\naccount list\r\n")
    let nul = try plansh.run(["--plan", "Beta"], input: "plan list\naccount add 'N\u{0}ul'\n")

    #expect(windows.status == 0, "\(windows.stderr)")
    #expect(windows.stdout == plain.stdout)
    #expect(nul.status == 1)
    #expect(nul.stderr == "<stdin>:2:15: error: the line holds a NUL byte\n")
  }

  @Test("a trailing backslash continues a command on the next line")
  func backslashContinuesTheLine() throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }

    let result = try plansh.run(
      ["--plan", "Beta"], input: "account add \\\n  Gamma --segment B\n")

    #expect(result.status == 0, "\(result.stderr)")
    let accounts = try JSONListing(
      plansh.run(["--plan", "Beta", "account", "list", "--format", "json"]).stdout)
    #expect(accounts.strings("name").contains("Gamma"))
  }

  @Test("an unterminated quote is reported at the line and column where it opened")
  func unterminatedQuotePlacedWhereItOpened() throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }
    let input = "plan list\nfeedback add \"one\ntwo\" \"three\n"

    let result = try plansh.run(["--plan", "Beta"], input: input)

    #expect(result.status == 1)
    #expect(result.stderr == "<stdin>:3:6: error: unterminated double quote\n")
  }

  @Test("an error's column points at the word that is wrong, or the end of the line")
  func errorColumnsPointAtTheProblem() throws {
    let plansh = try betaStore()
    defer { plansh.cleanUp() }
    let missing = try plansh.run(["--plan", "Beta", "-c", "account add"])
    let indented = try plansh.run(["--plan", "Beta", "-c", "  frobnicate now"])
    #expect(missing.stderr.hasPrefix("-c:1:12: error: missing NAME"), "\(missing.stderr)")
    #expect(indented.stderr.hasPrefix("-c:1:3: error: unknown command"), "\(indented.stderr)")
  }
}
