import CEditLine
import Foundation
import Meetings
import PlanCommands
import PlanStore

/// The `plansh` program: reads the command line, opens the store, and runs the shell,
/// a script, or one command. Returns the exit status.
public enum PlanshShell {
  public static func main(_ arguments: [String]) -> Int32 {
    let options: CommandLineOptions
    do {
      options = try CommandLineOptions(parsing: arguments)
    } catch {
      Terminal.writeError("plansh: \(error)\nTry 'plansh --help' for usage.\n")
      return 2
    }
    if options.showHelp {
      Terminal.write(CommandLineOptions.usage + "\n")
      return 0
    }
    if options.showVersion {
      Terminal.write("plansh \(PlanshVersion.current)\n")
      return 0
    }
    plansh_set_locale()
    let paths = ShellPaths()
    let session: Session
    do {
      session = try openSession(options: options, paths: paths)
    } catch {
      Terminal.writeError("plansh: error: \(error)\n")
      return 1
    }
    let status = run(session, options: options, paths: paths)
    // The editor, its completer and the session refer to each other and outlive this
    // call: close the store here so its write-ahead log is folded into the file.
    session.store.close()
    return status
  }

  private static func openSession(options: CommandLineOptions, paths: ShellPaths) throws
    -> Session
  {
    let storePath = paths.store(option: options.store)
    let store = try PlanStore(path: storePath)
    var commands = MeetingCatalog.commandTable()
    commands.register(ShellCommandGroup.all)
    let session = Session(
      store: store, commands: commands, output: StandardOutput(), diagnostics: StandardError(),
      input: StreamLines.standardInput(),
      renderer: Renderer(
        format: .table, width: Terminal.isTerminal(1) ? Terminal.width : nil,
        colour: Terminal.allowsColour(1)))
    if Terminal.isTerminal(2) && Environment.value("NO_COLOR") == nil {
      session.progressSink = TerminalProgress()
    }
    session.settings["agendas"] = paths.agendaFolders.joined(separator: ":")
    session.settings["transcripts"] = paths.transcripts(
      option: options.transcripts, storePath: storePath)
    if let plan = options.plan {
      try session.usePlan(plan)
    } else if let only = try store.plans().first, try store.plans().count == 1 {
      // A store with one plan opens on it: nobody wants to 'plan use' every time.
      try session.usePlan(String(only.id))
    }
    return session
  }

  private static func run(_ session: Session, options: CommandLineOptions, paths: ShellPaths)
    -> Int32
  {
    let atTerminal = Terminal.isTerminal(0) && Terminal.isTerminal(1)
    if atTerminal && options.file == nil && options.commands.isEmpty && options.words.isEmpty {
      guard let shell = InteractiveShell(session: session, paths: paths) else {
        session.diagnostics.report("plansh: error: cannot start the line editor")
        return 1
      }
      return withRecording(session, options) { shell.run() }
    }
    guard let (name, source) = scriptSource(options, session: session, atTerminal: atTerminal)
    else { return 1 }
    session.input = source
    return withRecording(session, options) {
      if !options.words.isEmpty { return runWords(options.words, in: session) }
      let runner = ScriptRunner(name: name, keepGoing: options.keepGoing)
      return runner.run(in: session, from: session.input) == 0 ? 0 : 1
    }
  }

  /// Where the lines of a non-interactive run come from. A one-shot command at a terminal
  /// still gets the line editor for the prompts it asks (a meeting's, say).
  private static func scriptSource(
    _ options: CommandLineOptions, session: Session, atTerminal: Bool
  ) -> (String, LineSource)? {
    if !options.commands.isEmpty {
      return ("-c", ScriptedLines(options.commands))
    }
    if let file = options.file, file != "-" {
      guard let source = StreamLines.file(file) else {
        session.diagnostics.report("plansh: error: cannot read script '\(file)'")
        return nil
      }
      return (file, source)
    }
    if !options.words.isEmpty && atTerminal {
      plansh_install_signal_handlers()
      if let editor = LineEditor(historyPath: nil, completer: Completer(session: session)) {
        return ("<terminal>", editor)
      }
    }
    return ("<stdin>", StreamLines.standardInput())
  }

  private static func runWords(_ words: [String], in session: Session) -> Int32 {
    let words = words.enumerated().map { Word($1, column: $0 + 1) }
    do {
      try session.execute(words: words)
      return session.takeFailures() == 0 ? 0 : 1
    } catch {
      session.diagnostics.report("plansh: error: \(error)")
      return 1
    }
  }

  /// Runs `body` with the session recorded into `--record FILE`, when asked.
  private static func withRecording(
    _ session: Session, _ options: CommandLineOptions, _ body: () -> Int32
  ) -> Int32 {
    guard let path = options.record else { return body() }
    do {
      let writer = try TranscriptWriter(
        path: path, header: SessionRecorder.header(for: session, extra: []))
      let detach = SessionRecorder.attach(writer, to: session)
      defer { detach() }
      if !options.words.isEmpty {
        writer.input(
          options.words.map(Quoting.quote).joined(separator: " "), label: "shell",
          at: session.store.timestamp)
      }
      return body()
    } catch {
      session.diagnostics.report("plansh: error: \(error)")
      return 1
    }
  }
}
