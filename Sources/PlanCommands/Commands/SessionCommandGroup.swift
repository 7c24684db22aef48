import PlanStore

/// `help`, `set` and other commands about the session itself.
enum SessionCommandGroup {
  static let all: [CommandSpec] = [help, set]

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
}
