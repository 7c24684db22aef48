import PlanStore

/// The plan overview: the essentials of every area on one screen.
///
/// Its figures come from the store's aggregate queries, so a plan of any size shows as
/// quickly as a small one.
struct PlanOverview {
  let store: PlanStore
  let plan: Plan

  func text() throws -> String {
    let summary = try store.summary(of: plan)
    var lines = [
      "\(plan.name) — \(plan.typeName) plan, owner \(plan.owner.isEmpty ? "-" : plan.owner)",
      "Period     " + period,
      "Target     \(Money.format(plan.targetMinor)) \(plan.currency)",
      "Current    \(Money.format(summary.openMinor)) open in "
        + count(summary.openCount, "opportunity", "opportunities"),
      "Won        \(Money.format(summary.wonMinor)) in "
        + count(summary.wonCount, "opportunity", "opportunities"),
      "Updated    \(plan.updatedAt)",
      "Accounts   \(summary.accountRows) rows, \(summary.targetedRows) targeted",
    ]

    lines.append("")
    lines.append("Top opportunities:")
    let top = summary.largestOpen
    lines +=
      top.isEmpty
      ? ["  none open"]
      : top.map {
        "  \(Money.format($0.amountMinor).leftPadded(12))  \($0.name) (\($0.accountName ?? "-"), "
          + "\($0.stage.isEmpty ? $0.status : $0.stage))"
      }
    appendPeople(summary, to: &lines)
    try appendWork(summary, to: &lines)
    return lines.joined(separator: "\n")
  }

  private func appendPeople(_ summary: PlanSummary, to lines: inout [String]) {
    lines.append("")
    lines.append(
      "Relationships: \(summary.contactCount) contacts on the maps, "
        + "\(summary.supporterCount) supporting")
    for contact in summary.firstSupporters {
      lines.append("  \(contact.name), \(contact.title) (\(contact.support ?? ""))")
    }
  }

  private func appendWork(_ summary: PlanSummary, to lines: inout [String]) throws {
    lines.append("")
    lines.append(
      "Objectives: \(summary.activeObjectiveCount) active of \(summary.objectiveCount)")
    for objective in summary.firstActiveObjectives {
      lines.append(
        "  \(objective.name) (\(objective.status), "
          + "\(count(objective.actionCount, "action", "actions")))"
      )
    }
    lines.append(
      "Actions:    \(summary.openActionCount) open, \(summary.overdueActionCount) overdue")
    let team = try store.team(planID: plan.id)
    if !team.isEmpty {
      lines.append(
        "Team:       "
          + team.map {
            $0.name + ($0.role.isEmpty ? "" : " (\($0.role))")
          }.joined(separator: ", "))
    }
    if let last = summary.lastMeeting {
      lines.append("Last meeting: \(last.startedAt) (\(last.agenda))")
    }
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}

extension PlanOverview {
  /// The plan's dates, or that they are not set yet.
  var period: String {
    switch (plan.startsOn, plan.endsOn) {
    case (nil, nil): return "not set (plan set --start DATE --end DATE)"
    case (let start, let end): return "\(start ?? "?") to \(end ?? "?")"
    }
  }

  /// `1 opportunity`, `3 opportunities`.
  func count(_ number: Int, _ one: String, _ many: String) -> String {
    "\(number) \(number == 1 ? one : many)"
  }
}
