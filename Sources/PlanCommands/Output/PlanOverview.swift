import PlanStore

/// The plan overview: the essentials of every area on one screen.
struct PlanOverview {
  let store: PlanStore
  let plan: Plan

  func text() throws -> String {
    let opportunities = try store.opportunities(planID: plan.id).filter(isInPlanPeriod)
    let open = opportunities.filter { $0.status == "open" }
    let won = opportunities.filter { $0.status == "won" }
    let total = { (list: [Opportunity]) in list.reduce(Int64(0)) { $0 + $1.amountMinor } }

    var lines = [
      "\(plan.name) — \(plan.typeName) plan, owner \(plan.owner.isEmpty ? "-" : plan.owner)",
      "Period     \(plan.startsOn ?? "not set") to \(plan.endsOn ?? "not set")",
      "Target     \(Money.format(plan.targetMinor)) \(plan.currency)",
      "Current    \(Money.format(total(open))) open in \(open.count) opportunities",
      "Won        \(Money.format(total(won))) in \(won.count) opportunities",
      "Updated    \(plan.updatedAt)",
    ]
    let accounts = try store.accounts(planID: plan.id)
    let targeted = accounts.filter(\.targeted).count
    lines.append("Accounts   \(accounts.count) rows, \(targeted) targeted")

    lines.append("")
    lines.append("Top opportunities:")
    let top = open.sorted { $0.amountMinor > $1.amountMinor }.prefix(5)
    lines += top.isEmpty ? ["  none open"] : top.map {
      "  \(Money.format($0.amountMinor).leftPadded(12))  \($0.name) (\($0.accountName ?? "-"), "
        + "\($0.stage.isEmpty ? $0.status : $0.stage))"
    }
    try appendPeople(to: &lines)
    try appendWork(to: &lines)
    return lines.joined(separator: "\n")
  }

  private func appendPeople(to lines: inout [String]) throws {
    let contacts = try store.contacts(planID: plan.id)
    let players = contacts.filter { $0.support == "mentor" || $0.support == "supporter" }
    lines.append("")
    lines.append("Key players: \(contacts.count) contacts on the maps, \(players.count) supporting")
    for contact in players.prefix(5) {
      lines.append("  \(contact.name), \(contact.title) (\(contact.support ?? ""))")
    }
  }

  private func appendWork(to lines: inout [String]) throws {
    let objectives = try store.objectives(planID: plan.id)
    let active = objectives.filter { $0.status == "in progress" || $0.status == "not started" }
    let actions = try store.actions(planID: plan.id, filter: ActionFilter(status: "open"))
    let overdue = actions.filter { $0.isOverdue(today: store.today) }
    lines.append("")
    lines.append("Objectives: \(active.count) active of \(objectives.count)")
    for objective in active.prefix(5) {
      lines.append("  \(objective.name) (\(objective.status), \(objective.actionCount) actions)")
    }
    lines.append("Actions:    \(actions.count) open, \(overdue.count) overdue")
    let team = try store.team(planID: plan.id)
    if !team.isEmpty {
      lines.append("Team:       " + team.map {
        $0.name + ($0.role.isEmpty ? "" : " (\($0.role))")
      }.joined(separator: ", "))
    }
    let meetings = try store.meetings(planID: plan.id)
    if let last = meetings.last {
      lines.append("Last meeting: \(last.startedAt) (\(last.agenda))")
    }
  }

  private func isInPlanPeriod(_ opportunity: Opportunity) -> Bool {
    guard let close = opportunity.closeDate else { return true }
    if let start = plan.startsOn, close < start { return false }
    if let end = plan.endsOn, close > end { return false }
    return true
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
