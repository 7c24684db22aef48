import PlanCommands
import PlanStore

/// The end-of-meeting summary: what was captured, by plan area, and time per step.
struct MeetingSummary {
  let store: PlanStore
  let meeting: Meeting

  func text() throws -> String {
    let planID = meeting.planID
    let feedback = try store.feedback(planID: planID, meetingID: meeting.id)
    let actions = try store.actions(planID: planID, filter: ActionFilter(meetingID: meeting.id))
    var lines = [
      "", "== Meeting \(meeting.id) summary ==",
      "\(Self.count(feedback.count, "item")) of feedback and "
        + "\(Self.count(actions.count, "action")) captured.",
    ]
    var areas: [String] = []
    for area in feedback.map(\.area) + actions.map(\.area) where !areas.contains(area) {
      areas.append(area)
    }
    for area in areas {
      lines.append("")
      lines.append((area.isEmpty ? "general" : area) + ":")
      for item in feedback where item.area == area {
        let by = item.speaker.isEmpty ? "" : " (\(item.speaker))"
        lines.append("  \(item.kind): \(item.text)\(by)")
      }
      for action in actions where action.area == area {
        lines.append("  action: \(action.name) — \(action.owner), due \(action.dueOn ?? "-")")
      }
    }
    let closed = try store.actionsClosed(during: meeting)
    if !closed.isEmpty {
      lines.append("")
      lines.append("closed in this meeting:")
      lines += closed.map { "  action \($0.id): \($0.name) — \($0.owner)" }
    }
    return lines.joined(separator: "\n")
  }

  /// `1 item`, `3 items`.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
