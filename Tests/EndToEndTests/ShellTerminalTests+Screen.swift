import Foundation
import Testing

/// What reaches the terminal and what comes from it besides typing: pastes, colour and
/// window sizes.
extension ShellTerminalTests {
  @Test("a multi-line bracketed paste runs each line exactly as pasted")
  func multiLinePasteRunsEachLine() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let prompt = "plansh[P]> "
    // Terminals send a pasted line end as CR; the Tab must not complete anything.
    let pasted = "feedback add 'pasted one'\rfeedback add 'two\tcolumns 日本'\r"
    let run = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [
        .expect(prompt), .send(Key.pasteStart + pasted + Key.pasteEnd),
        .expect("recorded feedback"), .expect("recorded feedback"), .expect(prompt),
        .cursorLine("plansh[P]>"), .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(try feedback("P") == ["pasted one", "two\tcolumns 日本"])
  }

  @Test("a paste without a line end waits in the editor until Enter")
  func pasteWithoutLineEndWaits() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let prompt = "plansh[P]> "
    let run = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [
        .expect(prompt), .send(Key.pasteStart + "feedback add 'Café 🎉" + Key.pasteEnd),
        .cursorLine(prompt + "feedback add 'Café 🎉"), .send(" done'"),
        .cursorLine(prompt + "feedback add 'Café 🎉 done'"), .send(Key.enter),
        .expect("recorded feedback"), .expect(prompt), .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(try feedback("P") == ["Café 🎉 done"])
  }

  /// For each of `lines`, the raw bytes plansh wrote from pressing Enter until the next
  /// prompt, in a plan with one account.
  private func output(of lines: [String], environment: [String: String]) throws -> [String] {
    try makePlan("P")
    _ = try plansh.run(["--plan", "P", "account", "add", "Northwind Air", "--segment", "A"])
    let prompt = "plansh[P]> "
    var steps: [TerminalStep] = [.expect(prompt)]
    for (index, line) in lines.enumerated() {
      steps += [.send(line), .cursorLine(prompt + line), .beginCapture("\(index)")]
      steps += [.send(Key.enter), .expect(prompt), .endCapture("\(index)")]
    }
    let run = try plansh.runAtTerminal(
      ["--plan", "P"], environment: environment, steps: steps + [.send(Key.ctrlD), .exit])
    #expect(run.ok, "\(run.report)")
    return lines.indices.map { run.captures["\($0)"] ?? "" }
  }

  @Test("NO_COLOR keeps escape sequences out of command output and the prompt")
  func noColourMeansNoEscapes() throws {
    defer { plansh.cleanUp() }
    let outputs = try output(of: ["account list", "nonsense"], environment: ["NO_COLOR": "1"])
    #expect(outputs[0].contains("Northwind Air"))
    #expect(outputs[1].contains("error"))
    for text in outputs {
      #expect(!text.contains("\u{1B}"), "\(text.debugDescription)")
    }
  }

  @Test("without NO_COLOR the prompt and errors are coloured")
  func colourWithoutNoColour() throws {
    defer { plansh.cleanUp() }
    let text = try output(of: ["nonsense"], environment: [:])[0]
    #expect(text.contains("\u{1B}[31merror:"), "\(text.debugDescription)")
    #expect(text.contains("\u{1B}[1;36mplansh[P]>"), "\(text.debugDescription)")
  }

  @Test("after the window narrows, the line redraws and tables fit the new width")
  func resizeRedrawsAndRefits() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let long = "a remark long enough to need the whole width of a wide terminal window"
    _ = try plansh.run(["--plan", "P", "feedback", "add", long])
    let prompt = "plansh[P]> "
    let run = try plansh.runAtTerminal(
      ["--plan", "P"], columns: 100,
      steps: [
        .expect(prompt), .send("feedback"), .cursorLine(prompt + "feedback"),
        .resize(rows: 24, columns: 60), .send(" list"), .cursorLine(prompt + "feedback list"),
        .beginCapture("table"), .send(Key.enter), .expect(prompt), .endCapture("table"),
        .send(Key.ctrlD), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    let lines = Self.plainLines(run.captures["table"] ?? "")
    #expect(lines.contains { $0.contains("TEXT") })
    #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
  }

  /// The lines of raw terminal output with escape sequences taken out.
  static func plainLines(_ raw: String) -> [String] {
    let plain = raw.replacingOccurrences(
      of: "\u{1B}\\[[0-9;?]*[A-Za-z@]", with: "", options: .regularExpression)
    return plain.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
  }
}
