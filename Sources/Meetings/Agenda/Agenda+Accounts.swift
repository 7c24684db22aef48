import PlanCommands
import PlanStore

extension Agenda {
  /// The agenda with every `--each` step repeated per matching account row, and `{account}`
  /// filled in with `account` elsewhere. A step for no account at all is dropped.
  public func expanded(store: PlanStore, planID: Int64, account: String?) throws -> Agenda {
    let rows = try store.accounts(planID: planID)
    let named = try account.map { try store.account(named: $0, planID: planID).name }
    var expanded: [AgendaStep] = []
    for step in steps {
      if let each = step.each {
        let chosen = rows.filter { row in
          switch each {
          case "targeted": return row.targeted
          case "accounts": return row.kind == "account"
          case "divisions": return row.kind == "division"
          default: return true
          }
        }
        expanded += chosen.filter { named == nil || $0.name == named }.map { step.about($0.name) }
      } else if step.mentionsAccount {
        guard let named else {
          throw CommandError.failed(
            "agenda '\(name)' is about one account: "
              + "give it with --account NAME")
        }
        expanded.append(step.about(named))
      } else {
        expanded.append(step)
      }
    }
    return Agenda(name: name, title: title, minutes: minutes, steps: expanded)
  }
}
