/// Everything that can be wrong with a command line, each with a message for the user.
public indirect enum CommandError: Error, Equatable, CustomStringConvertible {
  case unknownCommand(String, suggestion: String?)
  case incompleteCommand(String, choices: [String])
  case unknownOption(String, usage: String)
  case missingValue(option: String)
  case missingArgument(String, usage: String)
  case missingOption(String, usage: String)
  case unexpectedArgument(String, usage: String)
  case invalidValue(option: String, value: String, expected: String)
  case unterminatedQuote(Character)
  case trailingBackslash
  case invalidText(String)
  case failed(String)
  /// Another error, found at a column of the line.
  case at(column: Int, CommandError)

  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; type 'help' for a list"
      return "unknown command '\(name)'\(hint)"
    case .incompleteCommand(let name, let choices):
      return "'\(name)' needs one of: \(choices.joined(separator: ", "))"
    case .unknownOption(let option, let usage):
      return "unknown option '\(option)'; usage: \(usage)"
    case .missingValue(let option):
      return "option '--\(option)' needs a value"
    case .missingArgument(let name, let usage):
      return "missing \(name); usage: \(usage)"
    case .missingOption(let name, let usage):
      return "missing option '--\(name)'; usage: \(usage)"
    case .unexpectedArgument(let word, let usage):
      return "unexpected argument '\(word)'; usage: \(usage)"
    case .invalidValue(let option, let value, let expected):
      return "invalid value '\(value)' for --\(option): expected \(expected)"
    case .unterminatedQuote(let quote):
      return "unterminated \(quote == "'" ? "single" : "double") quote"
    case .trailingBackslash:
      return "line ends with a backslash but no line follows"
    case .invalidText(let reason):
      return reason
    case .failed(let message):
      return message
    case .at(_, let error):
      return error.description
    }
  }

  /// The column the error was found at, when known.
  public var column: Int? {
    if case .at(let column, _) = self { return column }
    return nil
  }
}
