import Foundation
import PlanCommands
import PlanStore

/// `meet`, `meeting ...`, `agenda ...` and `replay`: the commands of this layer.
public enum MeetingCommandGroup {
  public static let all: [CommandSpec] = [
    MeetCommand.spec, listMeetings, showMeeting, endMeeting, exportMinutes, listAgendas,
    checkAgenda, replay,
  ]

  static let listMeetings = CommandSpec(
    "meeting list", area: "Meetings", summary: "list the current plan's meetings",
    options: [
      OptionSpec(
        "format", value: "FORMAT", help: "output format",
        completion: .values(OutputFormat.names))
    ]
  ) { call in
    .listing(
      Listing(
        columns: [
          ListingColumn("id", "ID", alignRight: true), ListingColumn("agenda", "AGENDA"),
          ListingColumn("facilitator", "FACILITATOR"),
          ListingColumn("participants", "PARTICIPANTS"),
          ListingColumn("started_at", "STARTED"), ListingColumn("ended_at", "ENDED"),
          ListingColumn("transcript", "TRANSCRIPT"),
        ],
        rows: try call.store.meetings(planID: call.planID()).map {
          [
            .integer($0.id), .text($0.agenda), .text($0.facilitator), .text($0.participants),
            .text($0.startedAt), .optional($0.endedAt), .text($0.transcript),
          ]
        },
        emptyMessage: "no meetings yet; hold one with 'meet'"))
  }

  static let showMeeting = CommandSpec(
    "meeting show", area: "Meetings", summary: "what a meeting captured, by area",
    arguments: [ArgumentSpec("ID")]
  ) { call in
    .text(try MeetingSummary(store: call.store, meeting: meeting(call)).text())
  }

  static let endMeeting = CommandSpec(
    "meeting end", area: "Meetings", summary: "close an unfinished meeting without resuming it",
    arguments: [ArgumentSpec("ID")]
  ) { call in
    let meeting = try meeting(call)
    guard meeting.endedAt == nil else {
      throw CommandError.failed("meeting \(meeting.id) already ended at \(meeting.endedAt ?? "")")
    }
    try call.store.endMeeting(id: meeting.id)
    return .message("closed meeting \(meeting.id)")
  }

  static let exportMinutes = CommandSpec(
    "minutes export", area: "Meetings",
    summary: "write a meeting's minutes as Markdown (the latest meeting unless --meeting)",
    options: [
      OptionSpec("meeting", value: "ID", help: "which meeting"),
      OptionSpec(
        "output", value: "FILE", help: "write to FILE instead of the screen",
        completion: .files),
    ],
    example: "minutes export --output minutes.md"
  ) { call in
    let planID = try call.planID()
    let meeting: Meeting
    if let text = call.option("meeting") {
      guard let id = Int64(text), let found = try? call.store.meeting(id: id),
        found.planID == planID
      else { throw StoreError.notFound(kind: "meeting", name: text) }
      meeting = found
    } else {
      guard let latest = try call.store.meetings(planID: planID).last else {
        throw CommandError.failed("no meetings on this plan yet")
      }
      meeting = latest
    }
    let markdown = try MeetingMinutes(store: call.store, meeting: meeting).markdown()
    guard let path = call.option("output") else { return .text(markdown) }
    try call.writeFile(markdown, to: path)
    return .message("wrote the minutes of meeting \(meeting.id) to \(path)")
  }

  /// The current plan's meeting whose id is the first argument.
  static func meeting(_ call: Invocation) throws -> Meeting {
    guard let id = Int64(call.argument(0)!) else {
      throw CommandError.invalidValue(
        option: "ID", value: call.argument(0)!,
        expected: "a meeting id from 'meeting list'")
    }
    let meeting = try call.store.meeting(id: id)
    guard meeting.planID == (try call.planID()) else {
      throw StoreError.notFound(kind: "meeting", name: String(id))
    }
    return meeting
  }

  static let listAgendas = CommandSpec(
    "agenda list", area: "Meetings", summary: "list the agendas meetings can follow"
  ) { call in
    let library = MeetingCommandGroup.library(call.session)
    let names = library.names()
    if names.isEmpty {
      return .message("no agendas found in " + library.folders.joined(separator: ", "))
    }
    return .text(names.joined(separator: "\n"))
  }

  static let checkAgenda = CommandSpec(
    "agenda check", area: "Meetings", summary: "check an agenda script and list every problem",
    arguments: [ArgumentSpec("AGENDA", completion: .agendas)],
    example: "agenda check agendas/weekly-review.agenda"
  ) { call in
    let agenda = try MeetingCommandGroup.agenda(call.argument(0)!, call.session)
    return .message(
      "\(agenda.name): \(agenda.steps.count) steps, \(agenda.minutes) min, no problems")
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
    let path = call.argument(0)!
    if call.flag("step") {
      let transcript = try Transcript.read(path: path)
      TranscriptStepper(transcript: transcript, session: call.session).run()
      return .none
    }
    let mode: Replayer.Mode = call.flag("check") ? .check : .rebuild
    let outcome = try Replayer(path: path, mode: mode).run(like: call.session)
    let verb = mode == .check ? "checked" : "replayed"
    return .message(
      "\(verb) \(outcome.inputs) inputs from \(path): "
        + (mode == .check ? "every output matches" : "done"))
  }

  static func library(_ session: Session) -> AgendaLibrary {
    AgendaLibrary(
      folders: (session.settings["agendas"] ?? "").split(separator: ":")
        .map(String.init))
  }

  static func agenda(_ reference: String, _ session: Session) throws -> Agenda {
    let library = library(session)
    guard let path = library.locate(reference) else {
      throw AgendaError.notFound(reference, searched: library.folders)
    }
    return try AgendaParser(commands: session.commands, library: library).parse(file: path)
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
