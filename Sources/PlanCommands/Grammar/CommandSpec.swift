/// What a command is called, what it takes, and how it runs.
public struct CommandSpec: Sendable {
  /// The words that name the command, noun first: `["action", "add"]`.
  public let path: [String]
  /// The area `help` lists the command under.
  public let area: String
  public let summary: String
  public let arguments: [ArgumentSpec]
  public let options: [OptionSpec]
  public let example: String
  /// A paragraph of help beyond the summary, when the command needs one.
  public let guide: String
  public let run: @Sendable (Invocation) throws -> CommandOutput

  public init(
    _ path: String, area: String, summary: String, arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], example: String = "", guide: String = "",
    run: @escaping @Sendable (Invocation) throws -> CommandOutput
  ) {
    self.guide = guide
    self.path = path.split(separator: " ").map(String.init)
    self.area = area
    self.summary = summary
    self.arguments = arguments
    self.options = options
    self.example = example
    self.run = run
  }

  /// The command's name as typed: `action add`.
  public var name: String { path.joined(separator: " ") }

  /// One line of usage: `action add NAME --owner WHO [--due DATE]`.
  public var usage: String {
    var parts = [name]
    for argument in arguments {
      let word = argument.repeats ? "\(argument.name)..." : argument.name
      parts.append(argument.required ? word : "[\(word)]")
    }
    for option in options {
      let word = option.valueName.map { "--\(option.name) \($0)" } ?? "--\(option.name)"
      parts.append(option.required ? word : "[\(word)]")
    }
    return parts.joined(separator: " ")
  }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
  public let name: String
  public let required: Bool
  public let repeats: Bool
  public let completion: Completion

  public init(
    _ name: String, required: Bool = true, repeats: Bool = false, completion: Completion = .none
  ) {
    self.name = name
    self.required = required
    self.repeats = repeats
    self.completion = completion
  }
}

/// A `--name value` option, or a `--name` flag when it has no value.
public struct OptionSpec: Sendable {
  public let name: String
  public let valueName: String?
  public let help: String
  public let required: Bool
  public let completion: Completion

  public init(
    _ name: String, value: String? = nil, help: String, required: Bool = false,
    completion: Completion = .none
  ) {
    self.name = name
    self.valueName = value
    self.help = help
    self.required = required
    self.completion = completion
  }

  /// A flag takes no value.
  public var isFlag: Bool { valueName == nil }
}

/// What Tab offers for an argument or option value.
public enum Completion: Sendable {
  case none
  case values([String])
  case names(String)
  case files
  case agendas
  case commands
}
