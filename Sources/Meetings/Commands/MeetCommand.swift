import Foundation
import PlanCommands
import PlanStore

/// `meet`: starts, or resumes, a meeting on the current plan and runs it to its end.
enum MeetCommand {
  static let spec = CommandSpec(
    "meet", area: "Meetings",
    summary: "hold a meeting on the current plan from an agenda (default test-and-improve)",
    arguments: [ArgumentSpec("AGENDA", required: false, completion: .agendas)],
    options: [
      OptionSpec("facilitator", value: "WHO", help: "who runs the meeting (default: you)"),
      OptionSpec(
        "participants", value: "LIST",
        help: "who takes part: 'Ana (presenter), Ben (reviewer), Carol (coach)'"),
      OptionSpec("minutes", value: "N", help: "fit the meeting into N minutes, scaling every step"),
      OptionSpec(
        "account", value: "ACCOUNT", help: "the account an account agenda is about",
        completion: .names("account")),
      OptionSpec("resume", help: "go on with the plan's meeting that was left unfinished"),
    ],
    example: "meet test-and-improve --participants 'Ana (presenter), Ben, Carol (coach)'"
  ) { call in
    if call.flag("resume") { return try resume(call) }
    let session = call.session
    let plan = try session.requirePlan()
    if let open = try session.store.openMeeting(planID: plan.id) {
      throw CommandError.failed(
        "meeting \(open.id) on this plan is unfinished (step "
          + "\(open.currentStep + 1)); 'meet --resume' goes on with it, "
          + "'meeting end \(open.id)' closes it")
    }
    var agenda = try MeetingCommandGroup.agenda(call.argument(0) ?? "test-and-improve", session)
    if let text = call.option("minutes") {
      guard let minutes = Int(text), (1...AgendaParser.longestMinutes).contains(minutes) else {
        throw CommandError.invalidValue(
          option: "minutes", value: text,
          expected: "a whole number of minutes, at most \(AgendaParser.longestMinutes)")
      }
      agenda = agenda.scaled(to: minutes)
    }
    agenda = try agenda.expanded(
      store: session.store, planID: plan.id,
      account: call.option("account"))
    if agenda.steps.isEmpty {
      throw CommandError.failed(
        "agenda '\(agenda.name)' has no steps for this plan "
          + "(its steps repeat for accounts the plan does not have)")
    }
    let participants = try Participants.checked(call.option("participants") ?? "")
    let facilitator = call.option("facilitator") ?? session.store.user
    let recording = try startTranscript(
      session, plan: plan, agenda: agenda,
      facilitator: facilitator, participants: participants)
    defer { recording?.detach() }

    let meeting = try session.store.startMeeting(
      planID: plan.id, agenda: agenda.name, facilitator: facilitator,
      participants: participants.text,
      steps: agenda.steps.map { ($0.title, $0.area, $0.minutes * 60) },
      transcript: recording?.writer.path ?? session.settings["replaying"] ?? "")
    session.write(
      .text(
        "Meeting \(meeting.id) on '\(plan.name)': \(agenda.title), "
          + "\(agenda.steps.count) steps, about \(agenda.minutes) min"
          + (participants.people.isEmpty ? "" : "\nParticipants: \(participants.text)")))
    try MeetingRunner(
      session: session, agenda: agenda, meeting: meeting,
      participants: participants
    ).run()
    return .none
  }

  private static func resume(_ call: Invocation) throws -> CommandOutput {
    let session = call.session
    let plan = try session.requirePlan()
    guard let meeting = try session.store.openMeeting(planID: plan.id) else {
      throw CommandError.failed("no unfinished meeting on '\(plan.name)' to resume")
    }
    let steps = try session.store.meetingSteps(meetingID: meeting.id)
    let agenda = try MeetingCommandGroup.agenda(meeting.agenda, session)
      .expanded(store: session.store, planID: plan.id, account: call.option("account"))
      .planned(seconds: steps.map(\.plannedSeconds))
    guard agenda.steps.map(\.title) == steps.map(\.title) else {
      throw CommandError.failed(
        "agenda '\(meeting.agenda)' has changed since meeting "
          + "\(meeting.id) started; its steps no longer match")
    }
    var detach: (() -> Void)?
    if session.settings["replaying"] == nil, !meeting.transcript.isEmpty,
      FileManager.default.fileExists(atPath: meeting.transcript)
    {
      let writer = try TranscriptWriter(appendingTo: meeting.transcript)
      detach = SessionRecorder.attach(writer, to: session)
      writer.input(session.currentLine, label: "shell", at: session.store.timestamp)
    }
    defer { detach?() }
    session.write(
      .text(
        "Resuming meeting \(meeting.id) on '\(plan.name)' at step "
          + "\(meeting.currentStep + 1) of \(agenda.steps.count)"))
    try MeetingRunner(
      session: session, agenda: agenda, meeting: meeting,
      participants: Participants(parsing: meeting.participants)
    ).run(from: meeting.currentStep)
    return .none
  }

  static func startTranscript(
    _ session: Session, plan: Plan, agenda: Agenda, facilitator: String,
    participants: Participants
  ) throws -> ActiveRecording? {
    guard session.settings["replaying"] == nil, let folder = session.settings["transcripts"]
    else { return nil }
    let stamp = session.store.timestamp.filter { $0.isNumber }
    let base = "\(TranscriptNaming.slug(plan.name))-\(stamp)-\(TranscriptNaming.slug(agenda.name))"
    let header = SessionRecorder.header(
      for: session,
      extra: [
        ("agenda", agenda.name), ("facilitator", facilitator), ("participants", participants.text),
      ])
    var writer: TranscriptWriter?
    // Two meetings started in one second get -2, -3... rather than clash.
    for attempt in 1...20 where writer == nil {
      let file = base + (attempt == 1 ? "" : "-\(attempt)") + ".transcript"
      let path = (folder as NSString).appendingPathComponent(file)
      if FileManager.default.fileExists(atPath: path) { continue }
      writer = try TranscriptWriter(path: path, header: header)
    }
    guard let writer else {
      throw TranscriptError.cannotWrite(path: base, reason: "too many transcripts this second")
    }
    // Said before recording starts: a replay writes no transcript of its own.
    session.write(.message("transcript: \(writer.path)"))
    let detach = SessionRecorder.attach(writer, to: session)
    writer.input(session.currentLine, label: "shell", at: session.store.timestamp)
    return ActiveRecording(writer: writer, detach: detach)
  }
}
