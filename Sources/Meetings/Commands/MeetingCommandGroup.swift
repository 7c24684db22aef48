import Foundation
import PlanCommands
import PlanStore

/// `meet`, `meeting ...`, `agenda ...` and `replay`: the commands of this layer.
public enum MeetingCommandGroup {
  public static let all: [CommandSpec] = [
    meet, listMeetings, showMeeting, listAgendas, checkAgenda, replay,
  ]

  static let meet = CommandSpec(
    "meet", area: "Meetings",
    summary: "hold a meeting on the current plan from an agenda (default test-and-improve)",
    arguments: [ArgumentSpec("AGENDA", required: false, completion: .agendas)],
    options: [
      OptionSpec("facilitator", value: "WHO", help: "who runs the meeting (default: you)"),
      OptionSpec("participants", value: "LIST",
        help: "who takes part: 'Ana (presenter), Ben (reviewer), Carol (coach)'"),
    ],
    example: "meet test-and-improve --participants 'Ana (presenter), Ben, Carol (coach)'"
  ) { call in
    let session = call.session
    let plan = try session.requirePlan()
    let agenda = try MeetingCommandGroup.agenda(call.argument(0) ?? "test-and-improve", session)
    let participants = Participants(parsing: call.option("participants") ?? "")
    let facilitator = call.option("facilitator") ?? session.store.user
    let recorder = try MeetingCommandGroup.startTranscript(session, plan: plan, agenda: agenda,
      facilitator: facilitator, participants: participants)
    defer { recorder?.detach() }

    let meeting = try session.store.startMeeting(
      planID: plan.id, agenda: agenda.name, facilitator: facilitator,
      participants: participants.text,
      steps: agenda.steps.map { ($0.title, $0.area, $0.minutes * 60) },
      transcript: recorder?.writer.path ?? "")
    session.write(.text("Meeting \(meeting.id) on '\(plan.name)': \(agenda.title), "
      + "\(agenda.steps.count) steps, about \(agenda.minutes) min"))
    try MeetingRunner(session: session, agenda: agenda, meeting: meeting,
      participants: participants).run()
    return .none
  }

  static let listMeetings = CommandSpec(
    "meeting list", area: "Meetings", summary: "list the current plan's meetings",
    options: [OptionSpec("format", value: "FORMAT", help: "output format",
      completion: .values(OutputFormat.names))]
  ) { call in
    .listing(Listing(
      columns: [
        ListingColumn("id", "ID", alignRight: true), ListingColumn("agenda", "AGENDA"),
        ListingColumn("facilitator", "FACILITATOR"), ListingColumn("participants", "PARTICIPANTS"),
        ListingColumn("started_at", "STARTED"), ListingColumn("ended_at", "ENDED"),
        ListingColumn("transcript", "TRANSCRIPT"),
      ],
      rows: try call.store.meetings(planID: call.planID()).map {
        [.integer($0.id), .text($0.agenda), .text($0.facilitator), .text($0.participants),
         .text($0.startedAt), .optional($0.endedAt), .text($0.transcript)]
      },
      emptyMessage: "no meetings yet; hold one with 'meet'"))
  }

  static let showMeeting = CommandSpec(
    "meeting show", area: "Meetings", summary: "what a meeting captured, by area",
    arguments: [ArgumentSpec("ID")]
  ) { call in
    guard let id = Int64(call.argument(0)!) else {
      throw CommandError.invalidValue(option: "ID", value: call.argument(0)!,
        expected: "a meeting id from 'meeting list'")
    }
    let meeting = try call.store.meeting(id: id)
    guard meeting.planID == (try call.planID()) else {
      throw StoreError.notFound(kind: "meeting", name: String(id))
    }
    return .text(try MeetingSummary(store: call.store, meeting: meeting).text())
  }

  static let listAgendas = CommandSpec(
    "agenda list", area: "Meetings", summary: "list the agendas meetings can follow"
  ) { call in
    let library = MeetingCommandGroup.library(call.session)
    let names = library.names()
    if names.isEmpty { return .message("no agendas found in " + library.folders.joined(separator: ", ")) }
    return .text(names.joined(separator: "\n"))
  }

  static let checkAgenda = CommandSpec(
    "agenda check", area: "Meetings", summary: "check an agenda script and list every problem",
    arguments: [ArgumentSpec("AGENDA", completion: .agendas)],
    example: "agenda check agendas/weekly-review.agenda"
  ) { call in
    let agenda = try MeetingCommandGroup.agenda(call.argument(0)!, call.session)
    return .message("\(agenda.name): \(agenda.steps.count) steps, \(agenda.minutes) min, no problems")
  }

  static let replay = CommandSpec(
    "replay", area: "Meetings",
    summary: "re-run a saved transcript against the store (--check compares every output)",
    arguments: [ArgumentSpec("FILE", completion: .files)],
    options: [
      OptionSpec("check", help: "compare every output with the recording; change nothing"),
      OptionSpec("step", help: "show the meeting again, step by step; change nothing"),
    ],
    example: "replay transcripts/acme-20261204-150000.transcript --check"
  ) { call in
    let transcript = try Transcript.read(path: call.argument(0)!)
    if call.flag("step") {
      TranscriptStepper(transcript: transcript, session: call.session).run()
      return .none
    }
    let mode: Replayer.Mode = call.flag("check") ? .check : .rebuild
    let outcome = try Replayer(transcript: transcript, mode: mode).run(like: call.session)
    let verb = mode == .check ? "checked" : "replayed"
    return .message("\(verb) \(outcome.inputs) inputs from \(transcript.path): "
      + (mode == .check ? "every output matches" : "done"))
  }

  static func library(_ session: Session) -> AgendaLibrary {
    AgendaLibrary(folders: (session.settings["agendas"] ?? "").split(separator: ":")
      .map(String.init))
  }

  static func agenda(_ reference: String, _ session: Session) throws -> Agenda {
    let library = library(session)
    guard let path = library.locate(reference) else {
      throw AgendaError.notFound(reference, searched: library.folders)
    }
    return try AgendaParser(commands: session.commands, library: library).parse(file: path)
  }

  static func startTranscript(
    _ session: Session, plan: Plan, agenda: Agenda, facilitator: String,
    participants: Participants
  ) throws -> ActiveRecording? {
    guard session.settings["replaying"] == nil, let folder = session.settings["transcripts"]
    else { return nil }
    let stamp = session.store.timestamp.filter { $0.isNumber }
    let file = "\(TranscriptNaming.slug(plan.name))-\(stamp)-\(agenda.name).transcript"
    let writer = try TranscriptWriter(
      path: (folder as NSString).appendingPathComponent(file),
      header: SessionRecorder.header(for: session, extra: [
        ("agenda", agenda.name), ("facilitator", facilitator),
        ("participants", participants.text),
      ]))
    // Said before recording starts: a replay writes no transcript of its own.
    session.write(.message("transcript: \(writer.path)"))
    let detach = SessionRecorder.attach(writer, to: session)
    writer.input(session.currentLine, label: "shell", at: session.store.timestamp)
    return ActiveRecording(writer: writer, detach: detach)
  }
}

/// A transcript being written, and how to stop writing it.
struct ActiveRecording {
  let writer: TranscriptWriter
  let detach: () -> Void
}

/// File names for transcripts.
enum TranscriptNaming {
  /// `Alpha Dynamics 2027` → `alpha-dynamics-2027`: safe in any folder.
  static func slug(_ name: String) -> String {
    var slug = ""
    for character in name.lowercased() {
      if character.isASCII && (character.isLetter || character.isNumber) {
        slug.append(character)
      } else if slug.last != "-" {
        slug.append("-")
      }
    }
    let trimmed = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    return trimmed.isEmpty ? "plan" : String(trimmed.prefix(40))
  }
}
