/// The `plansh` command line: options, then either nothing (the shell), `-c` lines,
/// `-f FILE`, or the words of one command.
struct CommandLineOptions: Equatable {
  var store: String?
  var plan: String?
  var transcripts: String?
  var record: String?
  var commands: [String] = []
  var file: String?
  var words: [String] = []
  var keepGoing = false
  var showHelp = false
  var showVersion = false

  /// A command-line mistake; plansh exits with status 2.
  struct UsageError: Error, Equatable, CustomStringConvertible {
    let message: String
    var description: String { message }
  }

  init(parsing arguments: [String]) throws(UsageError) {
    var remaining = arguments[...]
    parsing: while let argument = remaining.popFirst() {
      if argument == "--" {
        words += remaining
        break
      }
      let (name, inline) = Self.splitInline(argument)
      func value() throws(UsageError) -> String {
        if let inline { return inline }
        guard let next = remaining.popFirst() else {
          throw UsageError(message: "option '\(name)' needs a value")
        }
        return next
      }
      switch name {
      case "--store": store = try value()
      case "--plan": plan = try value()
      case "--transcripts": transcripts = try value()
      case "--record": record = try value()
      case "-c", "--command": commands.append(try value())
      case "-f", "--file": file = try value()
      case "--keep-going": keepGoing = true
      case "-h", "--help": showHelp = true
      case "--version": showVersion = true
      default:
        if argument.hasPrefix("-") && argument != "-" {
          throw UsageError(message: "unknown option '\(argument)'")
        }
        // The first plain word starts a command; everything after it belongs to it.
        words = [argument] + remaining
        break parsing
      }
    }
    if file != nil && !commands.isEmpty {
      throw UsageError(message: "-c and -f cannot be used together")
    }
    if !words.isEmpty && (file != nil || !commands.isEmpty) {
      throw UsageError(message: "a command given as words cannot be mixed with -c or -f")
    }
  }

  private static func splitInline(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }

  static let usage = """
    usage: plansh [--store PATH] [--plan NAME] [--transcripts DIR] [--record FILE]
                  [-c LINE]... | [-f FILE] | [COMMAND WORDS...]

    The shell for strategic account plans and Test & Improve meetings.

      plansh                          open the shell (a script when stdin is not a terminal)
      plansh -c 'plan list'           run lines and exit (repeatable)
      plansh -f script.plansh         run a script file (- for stdin)
      plansh action list --overdue    run one command given as words

    options:
      --store PATH        the plan store (default $PLANSH_STORE, else
                          $XDG_DATA_HOME/plansh/plans.sqlite)
      --plan NAME         the current plan to start with
      --transcripts DIR   where meeting transcripts go (default: transcripts/ beside the store)
      --record FILE       record the whole session as a transcript in FILE
      --keep-going        in a script, go on after a failing command
      -h, --help          show this help
      --version           show the version

    exit status: 0 success, 1 a command failed, 2 the command line was wrong.
    Inside the shell, 'help' lists every command.
    """
}
