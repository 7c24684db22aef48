import PlanCommands

/// A parsed agenda script: the steps a meeting walks, in order.
public struct Agenda: Sendable {
  /// The agenda's name: its file name without `.agenda`.
  public let name: String
  public let title: String
  /// The planned length in minutes, the sum of the steps' timeboxes unless set.
  public let minutes: Int
  public let steps: [AgendaStep]

  /// The agenda with every timebox scaled evenly so the meeting fits `minutes`.
  public func scaled(to minutes: Int) -> Agenda {
    let total = max(1, steps.reduce(0) { $0 + $1.minutes })
    let factor = Double(minutes) / Double(total)
    let timebox = { (step: AgendaStep) in max(1, Int((Double(step.minutes) * factor).rounded())) }
    // A step keeps at least a minute, so many short steps can add up to more than asked.
    return with(minutes: steps.map(timebox).reduce(0, +), timebox)
  }

  /// The agenda with the timeboxes a meeting was planned with, in seconds per step.
  public func planned(seconds: [Int]) -> Agenda {
    var index = 0
    return with(minutes: seconds.reduce(0, +) / 60) { _ in
      defer { index += 1 }
      return index < seconds.count ? seconds[index] / 60 : 0
    }
  }

  private func with(minutes total: Int, _ timebox: (AgendaStep) -> Int) -> Agenda {
    Agenda(
      name: name, title: title, minutes: total,
      steps: steps.map { step in
        var scaled = AgendaStep(
          title: step.title, area: step.area, minutes: max(1, timebox(step)), items: step.items,
          location: step.location)
        scaled.each = step.each
        scaled.when = step.when
        scaled.account = step.account
        return scaled
      })
  }
}

/// One step of an agenda: a plan area to show, prompts, and commands.
public struct AgendaStep: Sendable {
  public let title: String
  public let area: String
  public let minutes: Int
  public let items: [AgendaItem]
  public let location: SourceLocation
  /// Repeat the step for each account row of this kind: all, targeted, accounts, divisions.
  public var each: String? = nil
  /// Run the step only when this plan check finds something.
  public var when: String? = nil
  /// The account the step is about, once `each` or `meet --account` has chosen it.
  public var account: String? = nil

  /// The values `--each` takes.
  public static let eachValues = ["all", "targeted", "accounts", "divisions"]

  /// Whether the step's text or commands mention `{account}`.
  var mentionsAccount: Bool {
    title.contains("{account}")
      || items.contains { item in
        switch item {
        case .say(let text), .prompt(_, let text), .command(let text, _):
          return text.contains("{account}")
        }
      }
  }

  /// The step with `{account}` filled in: quoted in commands, as is in text.
  func about(_ name: String) -> AgendaStep {
    var step = AgendaStep(
      title: title.replacingOccurrences(of: "{account}", with: name), area: area,
      minutes: minutes,
      items: items.map { item in
        switch item {
        case .say(let text):
          return .say(text.replacingOccurrences(of: "{account}", with: name))
        case .prompt(let kind, let text):
          return .prompt(
            kind: kind, question: text.replacingOccurrences(of: "{account}", with: name))
        case .command(let line, let location):
          return .command(
            line.replacingOccurrences(of: "{account}", with: Quoting.quote(name)),
            location)
        }
      }, location: location)
    step.when = when
    step.account = name
    return step
  }
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
