import PlanStore

/// `import ...`: bring data from a CRM into the current plan.
enum ImportCommandGroup {
  static let all: [CommandSpec] = [salesforce]

  static let salesforce = CommandSpec(
    "import salesforce", area: "Import and export",
    summary: "import accounts, contacts, opportunities and products from a Salesforce export",
    arguments: [ArgumentSpec("PATH", completion: .files)],
    example: "import salesforce ./data"
  ) { call in
    let planID = try call.planID()
    let tree = try SalesforceDataTree.read(from: call.argument(0)!)
    var importer = SalesforceImporter(store: call.store, planID: planID)
    let report = try importer.run(tree)
    return .text("imported from \(tree.planFile): " + report.lines.joined(separator: "\n"))
  }
}
