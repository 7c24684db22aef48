import PlanCommands

/// One thing wrong in an agenda script, with where it is.
public struct AgendaProblem: Sendable, Equatable, CustomStringConvertible {
  public let location: SourceLocation
  public let message: String

  public var description: String { "\(location): error: \(message)" }
}

/// Errors of agendas: not found, or found with problems (every one listed).
public enum AgendaError: Error, Equatable, CustomStringConvertible {
  case notFound(String, searched: [String])
  case invalid([AgendaProblem])

  public var description: String {
    switch self {
    case .notFound(let name, let searched):
      return "no agenda '\(name)' (looked in \(searched.joined(separator: ", ")))"
    case .invalid(let problems):
      let noun = problems.count == 1 ? "problem" : "problems"
      return "agenda has \(problems.count) \(noun):\n"
        + problems.map(\.description).joined(separator: "\n")
    }
  }
}
