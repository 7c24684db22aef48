import Foundation
import PlanCommands
import PlanStore

/// One agenda prompt: asks the question, then captures each line the team gives as
/// feedback, a question, a gap, a decision or an action, until an empty line.
///
/// Lines starting with `/` steer the meeting (`/next`, `/back`, `/goto 3`, `/where`,
/// `/end`, `/help`); lines starting with `!` run any plan command.
struct CapturePrompt {
  let runner: MeetingRunner
  let kind: String
  let area: String
  let stepIndex: Int
  /// The account the step is about, for captured feedback.
  let accountID: Int64?
  let accountName: String?

  private var session: Session { runner.session }
  private var store: PlanStore { runner.session.store }

  func run(question: String) throws -> Navigation {
    session.write(.text(question + " (one per line; empty line when done, /help for more)"))
    while true {
      switch session.input.readLine(Prompt(label: kind, text: "\(kind)> ", step: stepIndex + 1)) {
      case .end: return .inputEnded
      case .interrupt: continue  // Ctrl-C clears the line typed so far, as at the shell.
      case .line(let raw):
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.isEmpty { return .stay }
        if line.hasPrefix("/") {
          if let navigation = steer(line) { return navigation }
        } else if let vote = Self.vote(in: line, participants: runner.participants) {
          self.vote(vote)
        } else if line.hasPrefix("!") {
          runCommand(String(line.dropFirst()))
        } else if let navigation = try capture(line) {
          return navigation
        }
      }
    }
  }

  private func steer(_ line: String) -> Navigation? {
    let words = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
    switch words.first ?? "" {
    case "next", "skip": return .nextStep
    case "back": return .back
    case "end": return .end
    case "where", "time":
      session.write(.text(runner.whereText(stepIndex: stepIndex)))
    case "action" where words.count == 2:
      do {
        return try actionFromFeedback(words[1])
      } catch {
        runner.refuse("\(error)")
      }
    case "goto" where words.count == 2:
      if let target = runner.stepIndex(words[1]) { return .goto(target) }
      runner.refuse("no step '\(words[1])'")
    case "help":
      session.write(.text(Self.help))
    default:
      runner.refuse("unknown meeting command '\(line)'; /help lists them")
    }
    return nil
  }

  private func runCommand(_ line: String) {
    do {
      try session.execute(line)
    } catch {
      runner.refuse("\(error)")
    }
  }

  /// Captures one line; returns a navigation only when the input ended mid-capture.
  private func capture(_ line: String) throws -> Navigation? {
    let (speaker, text) = runner.participants.attribute(line)
    if kind != "action" {
      if let earlier = try capturedBefore(text, speaker: speaker) {
        session.write(
          .message("  already captured as \(kind) \(earlier) (+1 \(earlier) adds a vote)"))
        return nil
      }
      let item = try store.addFeedback(
        planID: runner.planID, text: text, kind: kind, area: area, speaker: speaker,
        meetingID: runner.meeting.id, accountID: accountID)
      let by = speaker.isEmpty ? "" : " from \(speaker)"
      session.write(.message("  captured \(kind) \(item.id)\(by)"))
      return nil
    }
    return try captureAction(text)
  }

  /// The id after `+1 `, also when a participant says it (`Ben: +1 4`).
  static func vote(in line: String, participants: Participants) -> String? {
    let text = participants.attribute(line).text
    return text.hasPrefix("+1 ") ? String(text.dropFirst(3)) : nil
  }

  private func vote(_ reference: String) {
    guard let id = Int64(reference.trimmingCharacters(in: .whitespaces)) else {
      runner.refuse("'+1' takes the id of a question or gap, as in '+1 4'")
      return
    }
    do {
      let item = try store.vote(planID: runner.planID, feedbackID: id)
      let votes = item.votes == 1 ? "1 vote" : "\(item.votes) votes"
      session.write(.message("  +1 for \(item.kind) \(id): \(item.text) (\(votes))"))
    } catch {
      runner.refuse("\(error)")
    }
  }

  /// `/action ID [--owner WHO] [--due DATE]`: the gap (or question) becomes an action.
  private func actionFromFeedback(_ rest: String) throws -> Navigation? {
    let draft = ActionDraft(parsing: rest)
    let reference = draft.name.trimmingCharacters(in: .whitespaces)
    guard let id = Int64(reference),
      let item = try store.feedback(planID: runner.planID).first(where: { $0.id == id })
    else {
      runner.refuse("no gap or question '\(reference)' to make an action of")
      return nil
    }
    var named = draft
    named.name = item.text
    return try captureAction(named)
  }

  private func captureAction(_ line: String) throws -> Navigation? {
    try captureAction(ActionDraft(parsing: line))
  }

  private func captureAction(_ parsed: ActionDraft) throws -> Navigation? {
    var draft = parsed
    if draft.name.isEmpty {
      runner.refuse("an action needs a description")
      return nil
    }
    if let typed = draft.owner { draft.owner = try checkedOwner(typed) }
    if let typed = draft.due { draft.due = checkedDue(typed) }
    while draft.owner == nil {
      switch session.input.readLine(Prompt(label: "owner", text: "  owner? ", step: stepIndex + 1))
      {
      case .end: return .inputEnded
      case .interrupt: return abandoned(draft)
      case .line(let answer): draft.owner = try checkedOwner(trimmed(answer))
      }
    }
    while draft.due == nil {
      switch session.input.readLine(
        Prompt(label: "due", text: "  due (YYYY-MM-DD, +N days)? ", step: stepIndex + 1))
      {
      case .end: return .inputEnded
      case .interrupt: return abandoned(draft)
      case .line(let answer): draft.due = checkedDue(trimmed(answer))
      }
    }
    if let owner = draft.owner, let due = draft.due {
      if let earlier = try actionCapturedBefore(draft.name, owner: owner, due: due) {
        session.write(.message("  already captured as action \(earlier)"))
        return nil
      }
      let action = try store.addAction(
        planID: runner.planID, name: draft.name, owner: owner, dueOn: due,
        meetingID: runner.meeting.id, area: area)
      session.write(
        .message(
          "  captured action \(action.id): \(action.name) "
            + "(\(owner), due \(due))"))
    }
    return nil
  }

  private func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces) }

  private func abandoned(_ draft: ActionDraft) -> Navigation? {
    session.write(.message("  action '\(draft.name)' not captured"))
    return nil
  }

  private func checkedOwner(_ answer: String) throws -> String? {
    if answer.isEmpty {
      let way = session.input.isInteractive ? " (Ctrl-C drops the action)" : ""
      runner.refuse("an action needs an owner\(way)")
      return nil
    }
    if runner.participants.people.isEmpty { return answer }
    if let person = runner.participants.person(named: answer) { return person.name }
    let names = runner.participants.people.map(\.name).joined(separator: ", ")
    runner.refuse("unknown owner '\(answer)'; participants are \(names)")
    return nil
  }

  private func checkedDue(_ answer: String) -> String? {
    guard let date = DateInput.resolve(answer, now: store.clock()) else {
      runner.refuse("'\(answer)' is not a date; use YYYY-MM-DD or +N days")
      return nil
    }
    if date < store.today {
      runner.refuse("due date \(date) is in the past")
      return nil
    }
    return date
  }

  static let help = """
    Type a line to capture it; start it with a participant's name and a colon
    ('Ana: ...') to say who said it. An empty line ends this prompt.
      /next  /skip     on to the next step
      /back            back to the previous step
      +1 ID            agree with a question or gap already captured
      /action ID       make gap or question ID an owned, dated action
      /goto N|TITLE    jump to a step
      /where           which step, and time used
      /end             end the meeting now
      !COMMAND         run any plan command, e.g. !opportunity list
    """
}

/// An action as typed in a meeting: `Call Amy --owner Sam --due +7`, owner and due optional.
struct ActionDraft {
  var name: String
  var owner: String?
  var due: String?

  init(parsing line: String) {
    name = line
    // The options start at the first " --owner" or " --due"; the name before them stays
    // exactly as typed, apostrophes and quotes included.
    guard let first = line.range(of: #"(^|\s)--(owner|due)(\s|=|$)"#, options: .regularExpression),
      case .words(let words) = LineSplitter.split(String(line[first.lowerBound...])),
      words.count % 2 == 0
    else { return }
    var owner: String?
    var due: String?
    for index in stride(from: 0, to: words.count, by: 2) {
      switch words[index].text {
      case "--owner": owner = words[index + 1].text
      case "--due": due = words[index + 1].text
      default: return
      }
    }
    name = String(line[..<first.lowerBound]).trimmingCharacters(in: .whitespaces)
    self.owner = owner
    self.due = due
  }

}

extension CapturePrompt {
  /// The id of this meeting's item saying the same thing (same kind, area, account,
  /// speaker and text), if there is one. A step answered again, as after `meet --resume`,
  /// captures nothing twice.
  fileprivate func capturedBefore(_ text: String, speaker: String) throws -> Int64? {
    try store.feedback(planID: runner.planID, meetingID: runner.meeting.id, kind: kind)
      .first {
        $0.text == text && $0.speaker == speaker && $0.area == area
          && $0.accountName == accountName
      }?.id
  }

  /// The id of this meeting's action with the same name, owner and due date, if any.
  fileprivate func actionCapturedBefore(_ name: String, owner: String, due: String) throws
    -> Int64?
  {
    try store.actions(planID: runner.planID, filter: ActionFilter(meetingID: runner.meeting.id))
      .first { $0.name == name && $0.owner == owner && $0.dueOn == due && $0.area == area }?.id
  }
}
