import Foundation
import PlanStore

/// `plan export`, `plan import` and `import csv`: moving whole plans, and tables from any
/// CRM, in and out of the store.
enum TransferCommandGroup {
  static let all: [CommandSpec] = [export, importPlan, importCSV]

  static let export = CommandSpec(
    "plan export", area: "Import and export",
    summary: "write the whole current plan as JSON (see docs/plan-export.md)",
    options: [
      OptionSpec(
        "output", value: "FILE",
        help: "write to FILE, readable by you only, instead of the screen", completion: .files)
    ],
    example: "plan export --output northwind.json"
  ) { call in
    let snapshot = try call.store.snapshot(planID: call.planID())
    let text = PlanExportWriter.text(snapshot)
    guard let path = call.option("output") else { return .text(String(text.dropLast())) }
    try call.writeFile(text, to: path)
    return .message("exported plan '\(snapshot.plan.name)' to \(path): \(counts(snapshot))")
  }

  static let importPlan = CommandSpec(
    "plan import", area: "Import and export",
    summary: "create a plan from a plansh export and make it current",
    arguments: [ArgumentSpec("FILE", completion: .files)],
    options: [OptionSpec("name", value: "NAME", help: "name the new plan (default: as exported)")],
    example: "plan import northwind.json --name 'Northwind copy'"
  ) { call in
    let path = call.argument(0)!
    let snapshot = try PlanExportReader.read(
      try text(of: path), file: path, now: call.store.timestamp)
    let name = call.option("name") ?? snapshot.plan.name
    let plan: Plan
    do {
      plan = try call.store.restore(snapshot, name: name)
    } catch StoreError.duplicate(kind: "plan", _) {
      throw CommandError.failed(
        "plan '\(name)' already exists; import it as a new plan with --name NEW")
    }
    try call.session.usePlan(String(plan.id))
    return .message(
      "imported plan '\(plan.name)' from \(path): \(counts(snapshot)); "
        + "it is now the current plan")
  }

  static let importCSV = CommandSpec(
    "import csv", area: "Import and export",
    summary: "import accounts, contacts or actions from any CRM's CSV file",
    arguments: [
      ArgumentSpec("KIND", completion: .values(CSVImportKind.allCases.map(\.rawValue))),
      ArgumentSpec("FILE", completion: .files),
    ],
    options: [
      OptionSpec(
        "map", value: "FIELD=COLUMN,...",
        help: "which column feeds which field (others by matching header names)"),
      OptionSpec("dry-run", help: "say what would change, and change nothing"),
    ],
    example: "import csv contacts people.csv --map 'name=Full Name,account=Company,"
      + "title=Job Title'"
  ) { call in
    guard let kind = CSVImportKind(rawValue: call.argument(0)!.lowercased()) else {
      let kinds = CSVImportKind.allCases.map(\.rawValue).joined(separator: ", ")
      throw CommandError.failed(
        "cannot import '\(call.argument(0)!)' from CSV: the kinds are \(kinds)")
    }
    let path = call.argument(1)!
    var importer = try CSVTableImport(
      kind: kind, file: path, mapping: call.option("map"), store: call.store,
      planID: call.planID())
    guard call.flag("dry-run") else {
      let report = try importer.run()
      return .text(
        "imported \(kind.rawValue) from \(path): "
          + report.lines(file: path).joined(separator: "\n"))
    }
    var report = CSVImportReport()
    do {
      try call.store.transaction {
        report = try importer.run()
        throw DryRunFinished()
      }
    } catch is DryRunFinished {}
    return .text(
      "dry run of \(path), nothing changed: "
        + report.lines(file: path).joined(separator: "\n"))
  }

  private struct DryRunFinished: Error {}

  /// The contents of `path` as UTF-8 text.
  private static func text(of path: String) throws(ImportError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .missing(path: path)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .malformed(file: path, line: 1, column: 1, reason: "the file is not UTF-8 text")
    }
    return text
  }

  /// `4 accounts, 6 contacts, ...`: what a snapshot holds, for messages.
  static func counts(_ snapshot: PlanSnapshot) -> String {
    let parts: [(Int, String)] = [
      (snapshot.accounts.count, "account"), (snapshot.contacts.count, "contact"),
      (snapshot.opportunities.count, "opportunity"), (snapshot.insights.count, "insight"),
      (snapshot.objectives.count, "objective"), (snapshot.actions.count, "action"),
      (snapshot.meetings.count, "meeting"), (snapshot.feedback.count, "feedback item"),
    ]
    return parts.map { count, noun in
      let plural = noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s"
      return "\(count) \(count == 1 ? noun : plural)"
    }.joined(separator: ", ")
  }
}
