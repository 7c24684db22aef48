import PlanStore

/// `import ...`: bring data from a CRM into the current plan.
enum ImportCommandGroup {
  static let all: [CommandSpec] = [salesforce]

  static let salesforce = CommandSpec(
    "import salesforce", area: "Import and export",
    summary: "import accounts, contacts, opportunities and products from a Salesforce export",
    arguments: [ArgumentSpec("PATH", completion: .files)],
    options: [OptionSpec("dry-run", help: "say what would change, and change nothing")],
    example: "import salesforce ./data"
  ) { call in
    let planID = try call.planID()
    let (source, groups) = try SalesforceSource.read(call.argument(0)!)
    var importer = SalesforceImporter(store: call.store, planID: planID)
    if call.flag("dry-run") {
      var report = ImportReport()
      do {
        try call.store.transaction {
          report = try importer.run(groups)
          throw DryRunFinished()
        }
      } catch is DryRunFinished {}
      return .text(
        "dry run of \(source), nothing changed: "
          + report.lines.joined(separator: "\n"))
    }
    let report = try importer.run(groups) { done, total in
      call.session.progress("importing", done: done, total: total)
    }
    return .text("imported from \(source): " + report.lines.joined(separator: "\n"))
  }

  private struct DryRunFinished: Error {}
}
