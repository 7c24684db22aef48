import PlanCommands

/// A parsed agenda script: the steps a meeting walks, in order.
public struct Agenda: Sendable {
  /// The agenda's name: its file name without `.agenda`.
  public let name: String
  public let title: String
  /// The planned length in minutes, the sum of the steps' timeboxes unless set.
  public let minutes: Int
  public let steps: [AgendaStep]
}

/// One step of an agenda: a plan area to show, prompts, and commands.
public struct AgendaStep: Sendable {
  public let title: String
  public let area: String
  public let minutes: Int
  public let items: [AgendaItem]
  public let location: SourceLocation
}

/// One thing a step does.
public enum AgendaItem: Sendable {
  /// Text shown to the team.
  case say(String)
  /// Asks the team and captures each answer as `kind` (feedback, question, gap,
  /// decision or action) until an empty line.
  case prompt(kind: String, question: String)
  /// A plan command, run as if typed.
  case command(String, SourceLocation)
}

/// What an agenda prompt captures.
public enum CaptureKind {
  public static let all = ["feedback", "question", "gap", "decision", "action"]
}
