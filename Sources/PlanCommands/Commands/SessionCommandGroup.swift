import PlanStore

/// `help`, `set` and other commands about the session itself.
enum SessionCommandGroup {
  static let all: [CommandSpec] = [help, set, source, backup, quit, exit]

  static let help = CommandSpec(
    "help", area: "Shell", summary: "list commands, or show how to use one",
    arguments: [ArgumentSpec("COMMAND", required: false, repeats: true, completion: .commands)],
    example: "help action add"
  ) { call in
    .text(try HelpText.lookup(call.arguments, in: call.session.commands))
  }

  static let set = CommandSpec(
    "set format", area: "Shell", summary: "choose how listings are printed for this session",
    arguments: [ArgumentSpec("FORMAT", completion: .values(OutputFormat.names))],
    example: "set format json"
  ) { call in
    guard let format = OutputFormat(rawValue: call.argument(0)!.lowercased()) else {
      throw CommandError.invalidValue(
        option: "format", value: call.argument(0)!,
        expected: "one of " + OutputFormat.names.joined(separator: ", "))
    }
    call.session.renderer.format = format
    return .message("listings are now printed as \(format.rawValue)")
  }

  static let source = CommandSpec(
    "source", area: "Shell", summary: "run the commands in a file; stops at the first error",
    arguments: [ArgumentSpec("FILE", completion: .files)],
    options: [OptionSpec("keep-going", help: "go on after a failing command")],
    example: "source setup.plansh"
  ) { call in
    let path = call.argument(0)!
    guard let lines = StreamLines.file(path) else {
      throw CommandError.failed("cannot read '\(path)'")
    }
    let depth = Int(call.session.settings["source-depth"] ?? "0") ?? 0
    guard depth < 16 else { throw CommandError.failed("'source' is nested too deep (a loop?)") }
    call.session.settings["source-depth"] = String(depth + 1)
    defer { call.session.settings["source-depth"] = String(depth) }
    let runner = ScriptRunner(name: path, keepGoing: call.flag("keep-going"))
    let saved = call.session.input
    call.session.input = lines
    defer { call.session.input = saved }
    let failures = runner.run(in: call.session, from: lines)
    if failures > 0 { throw CommandError.failed("'\(path)' had \(failures) failing commands") }
    return .none
  }

  static let backup = CommandSpec(
    "store backup", area: "Shell",
    summary: "write a consistent copy of the whole store to a new file",
    arguments: [ArgumentSpec("FILE", completion: .files)],
    example: "store backup plans-2026-12-04.sqlite"
  ) { call in
    // A replay writes no file (see Invocation.writeFile).
    if !call.isReplaying { try call.store.backup(to: call.argument(0)!) }
    return .message("backed up the store to \(call.argument(0)!)")
  }

  /// `quit` and `exit` end a script or the shell where they are read; as commands (after
  /// `plansh`, say) there is nothing to end, so they do nothing.
  static let quit = CommandSpec(
    "quit", area: "Shell", summary: "leave the shell (Ctrl-D on an empty line does too)"
  ) { _ in .none }

  static let exit = CommandSpec("exit", area: "Shell", summary: "the same as quit") { _ in .none }
}
