import PlanStore

/// The guided `plan new` at a terminal: type, team, account structure, solutions and
/// targets, one question each. Every step can be skipped with an empty answer and done
/// later with its own command; Ctrl-C skips the rest.
struct PlanWizard {
  let call: Invocation
  let planID: Int64

  private var store: PlanStore { call.store }

  /// Asks each step in turn; returns what was set up, for the closing message.
  func run() throws -> [String] {
    var done: [String] = []
    let steps: [(String, (String) throws -> String?)] = [
      (
        "Plan type (" + (try store.planTypes().map(\.name).joined(separator: ", "))
          + "; Enter keeps enterprise)", type
      ),
      ("Team: names separated by commas, the plan owner first (Enter to skip)", team),
      ("Accounts: names separated by commas (Enter to skip)", accounts),
      ("Solutions you sell: names separated by commas (Enter to skip)", solutions),
      (
        "Targets: 'FROM TO AMOUNT' for the first period, e.g. 2027-01-01 2027-06-30 1.5m "
          + "(Enter to skip)", targets
      ),
    ]
    for (question, answer) in steps {
      call.session.write(.text(question))
      while true {
        guard
          case .line(let text) = call.session.input.readLine(
            Prompt(label: "plan-setup", text: "  > "))
        else { return done + ["the rest skipped: set it up later with its own commands"] }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { break }
        do {
          if let summary = try answer(trimmed) { done.append(summary) }
          if question.hasPrefix("Targets") { continue }
          break
        } catch {
          call.session.diagnostics.report("error: \(error)")
        }
      }
    }
    return done
  }

  /// `Acme, "Comma, Inc", 'Zoë Ltd'`: names apart at commas, a quoted name whole.
  func list(_ text: String) -> [String] {
    var names: [String] = []
    var name = ""
    var quote: Character?
    for character in text {
      if let open = quote {
        if character == open { quote = nil } else { name.append(character) }
      } else if character == "\"" || character == "'",
        name.trimmingCharacters(in: .whitespaces).isEmpty
      {
        quote = character
        name = ""
      } else if character == "," {
        names.append(name)
        name = ""
      } else {
        name.append(character)
      }
    }
    names.append(name)
    return names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  private func type(_ text: String) throws -> String? {
    try store.updatePlan(id: planID, type: text)
    return "type \(text)"
  }

  private func team(_ text: String) throws -> String? {
    let names = list(text)
    try store.transaction {
      for (index, name) in names.enumerated() {
        try store.addTeamMember(
          planID: planID, name: name, access: index == 0 ? "owner" : "edit", role: "")
      }
    }
    return "team of \(names.count)"
  }

  private func accounts(_ text: String) throws -> String? {
    let names = list(text)
    try store.transaction {
      for name in names { try store.addAccount(planID: planID, name: name) }
    }
    return names.count == 1 ? "1 account" : "\(names.count) accounts"
  }

  private func solutions(_ text: String) throws -> String? {
    let names = list(text)
    try store.transaction {
      for name in names { try store.addSolution(planID: planID, name: name) }
    }
    return names.count == 1 ? "1 solution" : "\(names.count) solutions"
  }

  /// One period per answer; the wizard asks again until an empty line.
  private func targets(_ text: String) throws -> String? {
    let parts = text.split(separator: " ").map(String.init)
    guard parts.count == 3, let amount = Money.parse(parts[2]),
      let from = DateInput.resolve(parts[0], now: store.clock()),
      let to = DateInput.resolve(parts[1], now: store.clock())
    else {
      throw CommandError.failed("expected FROM TO AMOUNT, such as 2027-01-01 2027-06-30 1.5m")
    }
    try store.addTargetPeriod(planID: planID, startsOn: from, endsOn: to, targetMinor: amount)
    call.session.write(
      .text(
        "Next period as 'FROM TO AMOUNT' (it starts the day after "
          + "\(to)), or Enter when done"))
    return "target \(from) to \(to)"
  }
}
