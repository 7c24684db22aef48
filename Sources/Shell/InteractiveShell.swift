import CEditLine
import Foundation
import Meetings
import PlanCommands

/// The shell at a terminal: libedit prompt, history, completion, Ctrl-C that only
/// abandons the line, and a start-up file.
struct InteractiveShell {
  let session: Session
  let paths: ShellPaths

  func run() -> Int32 {
    plansh_install_signal_handlers()
    try? FileManager.default.createDirectory(
      atPath: (paths.history as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    ensureOwnerOnly(paths.history)
    let completer = Completer(session: session)
    guard let editor = LineEditor(historyPath: paths.history, completer: completer) else {
      session.diagnostics.report("plansh: error: cannot start the line editor")
      return 1
    }
    session.input = editor
    session.settings["history"] = paths.history
    runStartupFile()

    Terminal.write("plansh \(PlanshVersion.current): type 'help' for commands, "
      + "Ctrl-D to leave.\n")
    var runner = ScriptRunner(name: "<terminal>", keepGoing: true)
    runner.showsLocation = false
    runner.prompt = { [session] in prompt(for: session) }
    runner.onLine = { line in editor.remember(line); ensureOwnerOnly(paths.history) }
    runner.run(in: session, from: editor)
    Terminal.write("\n")
    return 0
  }

  private func runStartupFile() {
    guard let lines = StreamLines.file(paths.startupFile) else { return }
    let saved = session.input
    session.input = lines
    ScriptRunner(name: paths.startupFile, keepGoing: true).run(in: session, from: lines)
    session.input = saved
  }

  private func prompt(for session: Session) -> String {
    let plan = session.currentPlanName.map { "[\(TerminalText.neutralized($0))]" } ?? ""
    let text = "plansh\(plan)> "
    guard Terminal.allowsColour(1) else { return text }
    // \u{1} marks the escapes as zero-width for libedit (EL_PROMPT_ESC).
    return "\u{1}\u{1B}[1;36m\u{1}" + text.trimmingCharacters(in: .whitespaces)
      + "\u{1}\u{1B}[0m\u{1} "
  }

  private func ensureOwnerOnly(_ path: String) {
    if FileManager.default.fileExists(atPath: path) {
      try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
  }
}
