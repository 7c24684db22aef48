import Foundation
import PlanStore

/// Brings a Salesforce data-tree export into a plan: accounts (with parents), contacts
/// (with managers), opportunities, and products with their families as solutions.
///
/// Records are matched by their Salesforce reference id, so importing again updates
/// what changed and creates no duplicates. The whole import is one transaction.
struct SalesforceImporter {
  let store: PlanStore
  let planID: Int64
  var report = ImportReport()
  /// Reference id → store id of accounts and of contacts, for resolving `@Ref` and id
  /// fields: a field naming an account never finds a contact, nor the other way round.
  var accountReferences = ReferenceTable()
  var contactReferences = ReferenceTable()
  /// Parents and managers named before their own rows, set once every record is in.
  var deferred: [DeferredReference] = []
  /// Links that may close a loop, checked once every link is set.
  var loopChecks: [LoopCheck] = []
  private var families: [String: String] = [:]

  init(store: PlanStore, planID: Int64) {
    self.store = store
    self.planID = planID
  }

  mutating func run(
    _ groups: [SalesforceRecordGroup], progress: (Int, Int) -> Void = { _, _ in }
  ) throws -> ImportReport {
    let total = groups.reduce(0) { $0 + $1.count }
    var done = 0
    try store.transaction {
      for group in groups {
        let kind = group.type.lowercased()
        try group.forEach { record in
          done += 1
          if done <= total { progress(done, total) }
          try importRecord(record, kind: kind)
        }
      }
      // A streamed file's count is its rows, blank ones too: the bar still ends.
      if done < total { progress(total, total) }
      try resolveDeferred()
      // An export with nothing plansh keeps changes nothing, not even the plan's log.
      if !report.summary.isEmpty {
        try store.recordImport(
          planID: planID, summary: "imported Salesforce data: \(report.summary)")
      }
    }
    return report
  }

  private mutating func importRecord(_ record: SalesforceDataTree.Record, kind: String)
    throws
  {
    if kind == "account" {
      try importAccount(record)
    } else if kind == "contact" {
      try importContact(record)
    } else if kind == "opportunity" {
      try importOpportunity(record)
    } else if kind.contains("family") {
      families[record.referenceID] = record.fields.field("Name")?.text ?? ""
      report.count("product family", .unchanged)
    } else if kind.contains("product") {
      try importProduct(record)
    } else {
      report.skip(record.objectType, reason: "plansh does not keep \(record.objectType) records")
    }
  }

  private mutating func importAccount(_ record: SalesforceDataTree.Record) throws {
    let fields = record.fields
    let name = try required(fields, "Name", record: record)
    let parent = try selfReference(fields, "ParentId", table: .account, record: record)
    let externalRef = try matchingRef(record, .account, name: name)
    let repeated = written(record, .account, externalRef: externalRef)
    var values: [(String, SQLValue)] = [
      ("name", .text(name)), ("industry", .text(fields.field("Industry")?.text ?? "")),
    ]
    if case .resolved(let parentID) = parent { values += Self.parentFields(parentID) }
    let result = try store.upsert(
      table: .account, planID: planID, externalRef: externalRef, fields: values)
    accountReferences[record.referenceID] = result.id
    report.count("account", result.outcome)
    setLater(parent, table: .account, externalRef: externalRef, outcome: result.outcome)
    if repeated { checkLater(parent, table: .account, id: result.id, field: "ParentId", record) }
  }

  /// A parent makes an account a division; no parent, an account of its own.
  static func parentFields(_ parentID: Int64?) -> [(String, SQLValue)] {
    [("parent_id", .optional(parentID)), ("kind", .text(parentID == nil ? "account" : "division"))]
  }

  private mutating func importContact(_ record: SalesforceDataTree.Record) throws {
    let fields = record.fields
    let first = fields.field("FirstName")?.text ?? ""
    let last = fields.field("LastName")?.text ?? ""
    let name =
      fields.field("Name")?.text
      ?? [first, last].filter { !$0.isEmpty }
      .joined(separator: " ")
    if name.isEmpty {
      report.skip("contact", reason: "a contact without a name (\(record.file))")
      return
    }
    let manager = try selfReference(fields, "ReportsToId", table: .contact, record: record)
    let externalRef = try matchingRef(record, .contact, name: name)
    let repeated = written(record, .contact, externalRef: externalRef)
    var values: [(String, SQLValue)] = [
      ("name", .text(name)),
      ("account_id", .optional(try reference(fields, "AccountId", record: record))),
      ("title", .text(fields.field("Title")?.text ?? "")),
      ("email", .text(fields.field("Email")?.text ?? "")),
      ("phone", .text(fields.field("Phone")?.text ?? "")),
    ]
    if case .resolved(let managerID) = manager {
      values.append(("reports_to_id", .optional(managerID)))
    }
    let result = try store.upsert(
      table: .contact, planID: planID, externalRef: externalRef, fields: values)
    contactReferences[record.referenceID] = result.id
    report.count("contact", result.outcome)
    setLater(manager, table: .contact, externalRef: externalRef, outcome: result.outcome)
    if repeated {
      checkLater(manager, table: .contact, id: result.id, field: "ReportsToId", record)
    }
  }

  private mutating func importOpportunity(_ record: SalesforceDataTree.Record) throws {
    let fields = record.fields
    let stage = fields.field("StageName")?.text ?? ""
    let amountText = fields.field("Amount")?.text ?? ""
    guard let amount = amountText.isEmpty ? 0 : Money.parse(amountText), amount >= 0 else {
      throw ImportError.invalidRecord(
        file: record.file, record: 0,
        reason: "opportunity '\(record.referenceID)' has Amount '\(amountText)', "
          + "not an amount of money")
    }
    let closeDate = fields.field("CloseDate")?.text
    if let closeDate, !Timestamps.isDate(closeDate) {
      throw ImportError.invalidRecord(
        file: record.file, record: 0,
        reason: "opportunity '\(record.referenceID)' has CloseDate '\(closeDate)', not YYYY-MM-DD")
    }
    let name = try required(fields, "Name", record: record)
    let result = try store.upsert(
      table: .opportunity, planID: planID,
      externalRef: matchingRef(record, .opportunity, name: name),
      fields: [
        ("name", .text(name)),
        ("account_id", .optional(try reference(fields, "AccountId", record: record))),
        ("amount_minor", .integer(amount)), ("close_date", .optional(closeDate)),
        ("stage", .text(stage)), ("status", .text(Self.status(stage: stage, fields: fields))),
      ])
    report.count("opportunity", result.outcome)
  }

  private mutating func importProduct(_ record: SalesforceDataTree.Record) throws {
    let fields = record.fields
    let familyRef = fields.field("Product_Family__c")?.text ?? fields.field("Family")?.text ?? ""
    let family =
      familyRef.hasPrefix("@") ? families[String(familyRef.dropFirst())] ?? "" : familyRef
    let name = try required(fields, "Name", record: record)
    let result = try store.upsert(
      table: .solution, planID: planID, externalRef: matchingRef(record, .solution, name: name),
      fields: [
        ("name", .text(name)),
        ("family", .text(family)),
      ])
    report.count("solution", result.outcome)
  }

  /// Closed stages map to won and lost; every other stage is an open opportunity.
  static func status(stage: String, fields: JSONValue) -> String {
    if fields.field("IsWon")?.text == "true" { return "won" }
    if fields.field("IsClosed")?.text == "true" { return "lost" }
    let lowered = stage.lowercased()
    if lowered.contains("closed won") || lowered == "won" { return "won" }
    if lowered.contains("closed") || lowered.contains("lost") { return "lost" }
    return "open"
  }

  /// Whether the row `record` is written to may have been written earlier in this import:
  /// its reference was read before, or it took the row of another record with its name.
  private func written(
    _ record: SalesforceDataTree.Record, _ table: ExternalTable, externalRef: String
  ) -> Bool {
    let references = table == .account ? accountReferences : contactReferences
    return references[record.referenceID] != nil || externalRef != self.externalRef(record)
  }

  /// The record's identity in the store: its Salesforce id when it has one; else its
  /// reference id, which only means something inside one export, so it is qualified with
  /// the export's folder (two sample exports both have an `AccountRef1`).
  private func externalRef(_ record: SalesforceDataTree.Record) -> String {
    if let id = record.fields.field("Id")?.text { return "salesforce:" + id }
    if record.referenceID.hasPrefix("name:") { return "salesforce:" + record.referenceID }
    let file = record.file.split(separator: ":").first.map(String.init) ?? record.file
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardized.path
    return "salesforce:" + folder + "#" + record.referenceID
  }

  /// The reference to write under: the record's own, or, when no row has it yet but one
  /// row has the record's name, that row's (so a report export and a data-tree export of
  /// the same accounts meet instead of doubling them).
  private func matchingRef(
    _ record: SalesforceDataTree.Record, _ table: ExternalTable,
    name: String
  ) throws -> String {
    let ref = externalRef(record)
    if try store.rowID(table: table, planID: planID, externalRef: ref) != nil { return ref }
    // Records with a Salesforce id are matched by it alone; only exports without ids (a
    // report, say) fall back on names.
    if record.fields.field("Id")?.text != nil { return ref }
    guard let existing = try store.rowNamed(name, table: table, planID: planID) else { return ref }
    if let adopted = existing.externalRef { return adopted }
    try store.setExternalRef(ref, table: table, id: existing.id)
    return ref
  }

  private func required(_ fields: JSONValue, _ name: String, record: SalesforceDataTree.Record)
    throws(ImportError) -> String
  {
    guard let value = fields.field(name)?.text, !value.isEmpty else {
      throw .invalidRecord(
        file: record.file, record: 0, reason: "'\(record.referenceID)' has no \(name)")
    }
    return value
  }

  /// Resolves an `@Ref` field to the id of an account imported earlier.
  private func reference(_ fields: JSONValue, _ name: String, record: SalesforceDataTree.Record)
    throws(ImportError) -> Int64?
  {
    guard let value = fields.field(name)?.text, !value.isEmpty else { return nil }
    let key = value.hasPrefix("@") ? String(value.dropFirst()) : value
    guard let id = accountReferences[key] else {
      throw .unresolvedReference(
        file: record.file, record: record.referenceID, field: name, reference: value)
    }
    return id
  }
}
