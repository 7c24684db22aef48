import Foundation
import Testing

/// Meetings held at the terminal: the capture prompts read through the same line editor.
extension ShellTerminalTests {
  /// A two-step agenda with nothing shown, so that the screen holds only the prompts.
  static let agenda = """
    agenda "Terminal check"
    step "Overview" --area overview --minutes 5
    prompt feedback "Feedback on the overview?"
    step "Gaps" --area opportunities --minutes 5
    prompt gap "Gaps?"

    """

  /// Writes the agenda into the scratch folder, where `meet check.agenda` finds it.
  func writeAgenda() throws {
    try Self.agenda.write(toFile: plansh.path("check.agenda"), atomically: true, encoding: .utf8)
  }

  /// The feedback rows of `plan` as the store holds them.
  func feedbackRows(_ plan: String) throws -> [[String: Any]] {
    try plansh.json(["--plan", plan, "feedback", "list", "--format", "json"])
  }

  @Test("a meeting at the terminal captures a feedback line typed at its prompt")
  func meetingCapturesFeedback() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    try writeAgenda()
    let prompt = "plansh[P]> "
    let said = "the target looks low for 日本"
    let run = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [.expect(prompt)] + enter("meet check.agenda", after: prompt)
        + [.expect("Feedback on the overview?"), .expect("feedback> ")]
        + enter(said, after: "feedback> ")
        + [.expect("captured feedback"), .expect("feedback> "), .send(Key.enter)]
        + [.expect("gap> ")] + enter("/end", after: "gap> ")
        + [.expect("summary"), .expect(prompt), .send(Key.ctrlD), .exit])
    #expect(run.ok, "\(run.report)")
    #expect(run.status == 0)

    let rows = try feedbackRows("P")
    #expect(rows.count == 1)
    #expect(rows.first?["text"] as? String == said)
    #expect(rows.first?["kind"] as? String == "feedback")
    #expect(rows.first?["area"] as? String == "overview")
    #expect(rows.first?["meeting_id"] as? Int != nil)
  }

  @Test("Ctrl-C at a meeting prompt clears the line, the prompt stays, the shell goes on")
  func ctrlCInAMeetingClearsTheLine() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    try writeAgenda()
    let prompt = "plansh[P]> "
    let run = try plansh.runAtTerminal(
      ["--plan", "P"],
      steps: [.expect(prompt)] + enter("meet check.agenda", after: prompt)
        + [.expect("feedback> "), .send("half typed"), .cursorLine("feedback> half typed")]
        + [.send(Key.ctrlC), .expect("^C"), .expect("feedback> "), .send(Key.enter)]
        + [.expect("gap> ")]
        + enter("a real gap", after: "gap> ") + [.expect("captured gap"), .expect("gap> ")]
        + enter("/end", after: "gap> ") + [.expect(prompt)]
        + enter("feedback add afterwards", after: prompt)
        + [.expect("recorded feedback"), .expect(prompt), .send(Key.ctrlD), .exit])
    #expect(run.ok, "\(run.report)")
    #expect(run.status == 0)
    #expect(try feedback("P") == ["a real gap", "afterwards"])
  }

  @Test("a one-shot 'plansh meet' at a terminal edits its prompts and exits 0")
  func oneShotMeetingAtATerminal() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    try writeAgenda()
    let run = try plansh.runAtTerminal(
      ["--plan", "P", "meet", "check.agenda"],
      steps: [
        .expect("feedback> "), .send("Café"), .cursorLine("feedback> Café"),
        .send(Key.left(4) + "Le "), .cursorLine("feedback> Le Café"), .send(Key.enter),
        .expect("captured feedback"), .expect("feedback> "), .send("/end" + Key.enter), .exit,
      ])
    #expect(run.ok, "\(run.report)")
    #expect(run.status == 0)
    #expect(try feedback("P") == ["Le Café"])
  }

  @Test("Ctrl-C at an action's owner question abandons that question, not the meeting")
  func ctrlCAtAnActionQuestion() throws {
    defer { plansh.cleanUp() }
    try makePlan("P")
    let agenda = """
      agenda "Action check"
      step "Actions" --area actions --minutes 5
      prompt action "Actions?"
      step "Decisions" --area actions --minutes 5
      prompt decision "Decisions?"

      """
    try agenda.write(toFile: plansh.path("act.agenda"), atomically: true, encoding: .utf8)
    let prompt = "plansh[P]> "
    let steps: [TerminalStep] =
      [.expect(prompt)] + enter("meet act.agenda", after: prompt)
      + [.expect("action> ")] + enter("Call Amy", after: "action> ")
      + [.expect("owner? "), .send("Sa"), .cursorLine("  owner? Sa"), .send(Key.ctrlC)]
      // Still in the meeting: /where answers with the step.
      + [
        .expect("^C"), .expect("not captured"), .send("/where" + Key.enter),
        .expect("step 1 of 2"), .send("/end" + Key.enter), .expect(prompt),
      ]
    let run = try plansh.runAtTerminal(["--plan", "P"], steps: steps)
    #expect(run.ok, "\(run.report)")
    #expect(
      try plansh.run(["--plan", "P", "action", "list", "--format", "json"]).stdout
        == "[]\n")
  }
}
