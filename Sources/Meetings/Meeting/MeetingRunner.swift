import Foundation
import PlanCommands
import PlanStore

/// Runs a meeting: walks the agenda's steps, shows each plan area, prompts the team and
/// captures what it says into the store, each item committed as it is entered.
public final class MeetingRunner {
  let session: Session
  let agenda: Agenda
  let meeting: Meeting
  let participants: Participants
  let planID: Int64
  private var stepStartedAt = Date()
  /// Answers refused so far (an unknown owner, a past date...): in a script they make the
  /// meeting command fail at the end, though everything else is captured.
  private(set) var refusals = 0

  public init(session: Session, agenda: Agenda, meeting: Meeting, participants: Participants)
    throws
  {
    self.session = session
    self.agenda = agenda
    self.meeting = meeting
    self.participants = participants
    planID = try session.requirePlan().id
  }

  /// Walks the agenda from `startStep` until its last step or `/end`. When the input runs
  /// out first (a script ends, the process dies), the meeting stays open where it stands,
  /// with everything captured so far, for `meet --resume`.
  public func run(from startStep: Int = 0) throws {
    session.settings["meeting"] = String(meeting.id)
    defer { session.settings["meeting"] = nil }
    if startStep == 0 { try reviewPreviousActions() }
    var index = startStep
    var goingBack = false
    while index < agenda.steps.count {
      let navigation = try runStep(index)
      defer { goingBack = navigation == .back || (navigation == .passed && goingBack) }
      switch navigation {
      case .stay, .nextStep: index += 1
      case .passed: index = goingBack && index > 0 ? index - 1 : index + 1
      case .back: index = max(0, index - 1)
      case .goto(let target): index = target
      case .end: index = agenda.steps.count
      case .inputEnded:
        session.write(
          .text(
            "\nMeeting \(meeting.id) paused at step \(index + 1) of "
              + "\(agenda.steps.count); everything captured is saved. Resume with 'meet --resume'.")
        )
        return try failIfRefused()
      }
    }
    try session.store.endMeeting(id: meeting.id)
    session.write(.text(try MeetingSummary(store: session.store, meeting: meeting).text()))
    try failIfRefused()
  }

  private func runStep(_ index: Int) throws -> Navigation {
    let step = agenda.steps[index]
    try session.store.enterStep(meetingID: meeting.id, position: index)
    stepStartedAt = session.store.clock()
    let area = step.area.isEmpty ? "" : "\(step.area), "
    session.write(
      .text(
        "\n== Step \(index + 1)/\(agenda.steps.count): \(step.title) "
          + "(\(area)\(step.minutes) min) =="))
    if let check = step.when {
      let findings = try session.store.findings(planID: planID, check: check)
      if findings.isEmpty {
        session.write(.text("(the plan passes '\(check)': nothing to discuss here)"))
        try session.store.leaveStep(meetingID: meeting.id, position: index)
        return .passed
      }
      session.write(.text(findings.map { "- " + $0.message }.joined(separator: "\n")))
    }
    var navigation = Navigation.stay
    for item in step.items where navigation == .stay {
      navigation = try run(item, step: step, index: index)
    }
    try session.store.leaveStep(meetingID: meeting.id, position: index)
    warnIfOverTime(step)
    return navigation
  }

  private func run(_ item: AgendaItem, step: AgendaStep, index: Int) throws -> Navigation {
    switch item {
    case .say(let text):
      session.write(.text(text))
      return .stay
    case .command(let line, let location):
      do {
        try session.execute(line)
      } catch {
        session.diagnostics.report("\(location): error: \(error)")
      }
      return .stay
    case .prompt(let kind, let question):
      let accountID = try step.account.map {
        try session.store.account(named: $0, planID: planID).id
      }
      let capture = CapturePrompt(
        runner: self, kind: kind, area: step.area, stepIndex: index, accountID: accountID,
        accountName: step.account)
      return try capture.run(question: question)
    }
  }

  /// Says why an answer was refused; the prompt then asks again.
  func refuse(_ message: String) {
    refusals += 1
    let place = session.input.location.map { "\($0): " } ?? ""
    session.diagnostics.report(place + "error: " + message)
  }

  /// Refused answers count as failures of the script the meeting runs in (its exit
  /// status says so), though the meeting itself goes on and keeps what it captured.
  private func failIfRefused() throws {
    session.recordFailures(refusals)
  }

  /// Shows where the meeting stands and the time left: `/where`, `/time`.
  func whereText(stepIndex: Int) -> String {
    let step = agenda.steps[stepIndex]
    let now = session.store.clock()
    let used = Int(now.timeIntervalSince(stepStartedAt) / 60)
    let start = Timestamps.date(from: meeting.startedAt) ?? now
    let meetingUsed = Int(now.timeIntervalSince(start) / 60)
    let left = agenda.minutes - meetingUsed
    return "step \(stepIndex + 1) of \(agenda.steps.count): \(step.title); \(used) of "
      + "\(step.minutes) min used; meeting \(meetingUsed) of \(agenda.minutes) min, "
      + (left >= 0 ? "\(left) min left" : "\(-left) min over")
  }

  /// The index of the step `reference` names: its number or the start of its title.
  func stepIndex(_ reference: String) -> Int? {
    if let number = Int(reference), (1...agenda.steps.count).contains(number) {
      return number - 1
    }
    return agenda.steps.firstIndex { $0.title.lowercased().hasPrefix(reference.lowercased()) }
  }

  private func warnIfOverTime(_ step: AgendaStep) {
    let used = session.store.clock().timeIntervalSince(stepStartedAt)
    let over = Int((used - Double(step.minutes * 60)) / 60)
    if over >= 1 {
      session.write(
        .text(
          "note: '\(step.title)' ran \(over) min over its \(step.minutes)-minute "
            + "timebox"))
    }
  }

  /// Open actions from the plan's previous meeting come first: the team marks the ones
  /// that are done, by id, before walking the plan.
  private func reviewPreviousActions() throws {
    let earlier = try session.store.meetings(planID: planID).filter { $0.id < meeting.id }
    guard let previous = earlier.last else { return }
    let open = try session.store.actions(
      planID: planID, filter: ActionFilter(status: "open", meetingID: previous.id))
    guard !open.isEmpty else { return }
    let lines = open.map {
      "  \($0.id). \($0.name) — \($0.owner), due \($0.dueOn ?? "-")"
        + ($0.isOverdue(today: session.store.today) ? " (overdue)" : "")
    }
    session.write(
      .text(
        "Open actions from the last meeting (\(previous.startedAt.prefix(10))):\n"
          + lines.joined(separator: "\n")
          + "\nWhich are done? Give their ids (e.g. '\(open[0].id)'), or an empty line."))
    while case .line(let answer) = session.input.readLine(Prompt(label: "review", text: "done> ")),
      !answer.trimmingCharacters(in: .whitespaces).isEmpty
    {
      let ids = answer.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
      for id in ids {
        guard open.contains(where: { String($0.id) == id }) else {
          refuse("'\(id)' is not one of the open actions listed")
          continue
        }
        try session.store.updateAction(planID: planID, reference: id, status: "done")
        session.write(.message("  action \(id) done"))
      }
    }
  }
}
