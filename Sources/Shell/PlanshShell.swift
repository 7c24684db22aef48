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
      Terminal.writeError("plansh: \(error)\n")
      return 1
    }
    return run(session, options: options, paths: paths)
  }

  private static func openSession(options: CommandLineOptions, paths: ShellPaths) throws
    -> Session
  {
    let storePath = paths.store(option: options.store)
    let store = try PlanStore(path: storePath)
    var commands = MeetingCatalog.commandTable()
    commands.register(ShellCommandGroup.all)
    let interactiveOutput = Terminal.isTerminal(1)
    let session = Session(
      store: store, commands: commands, output: StandardOutput(), diagnostics: StandardError(),
      input: StreamLines.standardInput(),
      renderer: Renderer(
        format: .table, width: interactiveOutput ? Terminal.width : nil,
        colour: Terminal.allowsColour(1)))
    session.settings["agendas"] = paths.agendaFolders.joined(separator: ":")
    session.settings["transcripts"] = paths.transcripts(
      option: options.transcripts, storePath: storePath)
    if let plan = options.plan { try session.usePlan(plan) }
    return session
  }

  private static func run(_ session: Session, options: CommandLineOptions, paths: ShellPaths)
    -> Int32
  {
    if !options.words.isEmpty {
      let words = options.words.enumerated().map { Word($1, column: $0 + 1) }
      do {
        try session.execute(words: words)
        return 0
      } catch {
        session.diagnostics.report("plansh: error: \(error)")
        return 1
      }
    }
    if !options.commands.isEmpty {
      let runner = ScriptRunner(name: "-c", keepGoing: options.keepGoing)
      let source = ScriptedLines(options.commands)
      session.input = source
      return runner.run(in: session, from: source) == 0 ? 0 : 1
    }
    if let file = options.file, file != "-" {
      guard let source = StreamLines.file(file) else {
        session.diagnostics.report("plansh: error: cannot read script '\(file)'")
        return 1
      }
      session.input = source
      let runner = ScriptRunner(name: file, keepGoing: options.keepGoing)
      return runner.run(in: session, from: source) == 0 ? 0 : 1
    }
    if options.file == nil && Terminal.isTerminal(0) && Terminal.isTerminal(1) {
      return InteractiveShell(session: session, paths: paths).run()
    }
    let source = StreamLines.standardInput()
    session.input = source
    let runner = ScriptRunner(name: "<stdin>", keepGoing: options.keepGoing)
    return runner.run(in: session, from: source) == 0 ? 0 : 1
  }
}
