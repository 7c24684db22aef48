import CEditLine
import Foundation
import Meetings
import PlanCommands

/// The shell at a terminal: libedit prompt, history, completion, Ctrl-C that only
/// abandons the line, and a start-up file.
struct InteractiveShell {
  let session: Session
  let paths: ShellPaths
  private let editor: LineEditor

  /// Opens the line editor and makes it the session's input; nil when it cannot start.
  init?(session: Session, paths: ShellPaths) {
    plansh_install_signal_handlers()
    let folder = (paths.history as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let completer = Completer(session: session)
    guard let editor = LineEditor(historyPath: paths.history, completer: completer) else {
      return nil
    }
    self.session = session
    self.paths = paths
    self.editor = editor
    session.input = editor
    session.settings["history"] = paths.history
  }

  /// Reads and runs commands until Ctrl-D, `quit` or `exit`.
  func run() -> Int32 {
    runStartupFile()
    Terminal.write(
      "plansh \(PlanshVersion.current): type 'help' for commands, "
        + "Ctrl-D to leave.\n")
    var runner = ScriptRunner(name: "<terminal>", keepGoing: true)
    runner.showsLocation = false
    runner.prompt = { [session] in Self.prompt(for: session) }
    runner.onLine = { [editor, paths, session] line in
      editor.remember(line)
      Self.ensureOwnerOnly(paths.history)
      // The window may have changed size since the last command; tables follow it.
      session.renderer.width = Terminal.width
    }
    runner.run(in: session, from: session.input)
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

  private static func prompt(for session: Session) -> String {
    let plan = session.currentPlanName.map { "[\(TerminalText.neutralized($0))]" } ?? ""
    let text = "plansh\(plan)>"
    guard Terminal.allowsColour(1) else { return text + " " }
    // \u{1} marks the escapes as zero-width for libedit (EL_PROMPT_ESC).
    return "\u{1}\u{1B}[1;36m\u{1}" + text + "\u{1}\u{1B}[0m\u{1} "
  }

  private static func ensureOwnerOnly(_ path: String) {
    if FileManager.default.fileExists(atPath: path) {
      try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
  }
}
