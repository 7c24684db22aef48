import PlanStore

/// What an import did: per kind of record, how many were created, updated, unchanged or
/// skipped, and why anything was skipped.
public struct ImportReport: Sendable, Equatable {
  public private(set) var counts: [String: [String: Int]] = [:]
  public private(set) var order: [String] = []
  public private(set) var skipped: [String: (count: Int, reason: String)] = [:]

  public static func == (left: ImportReport, right: ImportReport) -> Bool {
    left.counts == right.counts && left.order == right.order
  }

  mutating func count(_ kind: String, _ outcome: PlanStore.UpsertOutcome) {
    if counts[kind] == nil { order.append(kind) }
    counts[kind, default: [:]][outcome.rawValue, default: 0] += 1
  }

  /// A record counted with one outcome turned out to have another.
  mutating func recount(
    _ kind: String, from old: PlanStore.UpsertOutcome, to new: PlanStore.UpsertOutcome
  ) {
    counts[kind, default: [:]][old.rawValue, default: 0] -= 1
    counts[kind, default: [:]][new.rawValue, default: 0] += 1
    if counts[kind]?[old.rawValue] == 0 { counts[kind]?[old.rawValue] = nil }
  }

  mutating func skip(_ kind: String, reason: String) {
    skipped[kind] = ((skipped[kind]?.count ?? 0) + 1, reason)
  }

  /// How many records of `kind` had `outcome`.
  public func count(of kind: String, _ outcome: String) -> Int { counts[kind]?[outcome] ?? 0 }

  /// One line: `10 accounts (10 created), 6 contacts (6 created)`.
  public var summary: String {
    order.filter { $0 != "product family" }.map { kind in
      let outcomes = counts[kind] ?? [:]
      let total = outcomes.values.reduce(0, +)
      let parts = ["created", "updated", "unchanged"].compactMap { outcome in
        outcomes[outcome].map { "\($0) \(outcome)" }
      }
      return "\(total) \(plural(kind, total)) (\(parts.joined(separator: ", ")))"
    }.joined(separator: ", ")
  }

  /// The report as lines for the person who ran the import.
  public var lines: [String] {
    var lines = [summary.isEmpty ? "nothing to import" : summary]
    for (kind, entry) in skipped.sorted(by: { $0.key < $1.key }) {
      lines.append("skipped \(entry.count) \(kind) records: \(entry.reason)")
    }
    return lines
  }

  private func plural(_ kind: String, _ count: Int) -> String {
    if count == 1 { return kind }
    if kind.hasSuffix("y") { return kind.dropLast() + "ies" }
    return kind + "s"
  }
}
