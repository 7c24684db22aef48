import Foundation
import PlanCommands
import PlanStore

/// A meeting's minutes in Markdown: who, when, time per step, and what was said and
/// decided, by plan area, with the actions and their owners and dates.
struct MeetingMinutes {
  let store: PlanStore
  let meeting: Meeting

  func markdown() throws -> String {
    let plan = try store.plan(id: meeting.planID)
    var lines = [
      "# Minutes: \(escape(plan.name)), meeting \(meeting.id)", "",
      "- Agenda: \(escape(meeting.agenda))",
      "- Started: \(meeting.startedAt)" + (meeting.endedAt.map { ", ended \($0)" } ?? " (open)"),
      "- Facilitator: \(escape(meeting.facilitator))",
      "- Participants: \(escape(meeting.participants.isEmpty ? "-" : meeting.participants))",
    ]
    lines += try stepTable()
    let feedback = try store.feedback(planID: plan.id, meetingID: meeting.id)
    let actions = try store.actions(planID: plan.id, filter: ActionFilter(meetingID: meeting.id))
    for area in PlanAreas.names + [""] {
      let said = feedback.filter { $0.area == area }
      let done = actions.filter { $0.area == area }
      if said.isEmpty && done.isEmpty { continue }
      lines += ["", "## " + (area.isEmpty ? "General" : area.capitalized), ""]
      for item in said {
        let by = item.speaker.isEmpty ? "" : " (\(escape(item.speaker)))"
        let votes = item.votes > 0 ? " +\(item.votes)" : ""
        lines.append("- **\(item.kind)**: \(escape(item.text))\(by)\(votes)")
      }
      for action in done {
        lines.append(
          "- **action**: \(escape(action.name)) — \(escape(action.owner)), "
            + "due \(action.dueOn ?? "-")")
      }
    }
    let closed = try store.actionsClosed(during: meeting)
    if !closed.isEmpty {
      lines += ["", "## Actions closed in this meeting", ""]
      lines += closed.map { "- \(escape($0.name)) — \(escape($0.owner))" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func stepTable() throws -> [String] {
    let steps = try store.meetingSteps(meetingID: meeting.id)
    var lines = ["", "## Time per step", "", "| Step | Planned | Used |", "| --- | ---: | ---: |"]
    for step in steps {
      var used = "-"
      if let start = step.startedAt.flatMap(Timestamps.date(from:)),
        let end = step.endedAt.flatMap(Timestamps.date(from:))
      {
        used = "\(Int(end.timeIntervalSince(start) / 60)) min"
      }
      lines.append("| \(escape(step.title)) | \(step.plannedSeconds / 60) min | \(used) |")
    }
    return lines
  }

  /// Keeps text from breaking the Markdown: escapes markup characters, folds line breaks.
  private func escape(_ text: String) -> String { MarkdownText.escape(text) }
}
