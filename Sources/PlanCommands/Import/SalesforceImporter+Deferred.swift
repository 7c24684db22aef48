import PlanStore

/// An account's parent or a contact's manager that an export lists after the record
/// naming it: a Data Export file is in no particular order, so such a reference is set
/// once every record is in.
struct DeferredReference {
  let table: ExternalTable
  let externalRef: String
  /// What writing the record's other fields did.
  let outcome: PlanStore.UpsertOutcome
  let field: String
  let value: String
  let source: RecordSource
}

/// Where a record came from, for messages: kept instead of the record itself, whose
/// fields a long export's waiting references would otherwise hold until its end.
struct RecordSource {
  /// `file:line`.
  let place: String
  let referenceID: String

  init(_ record: SalesforceDataTree.Record) {
    place = record.file
    referenceID = record.referenceID
  }
}

/// A parent or manager set by the import that could close a loop: one set late, or one
/// set on a record listed a second time (an earlier row may already point at it).
struct LoopCheck {
  let table: ExternalTable
  let id: Int64
  let field: String
  let value: String
  let source: RecordSource
}

/// A parent or manager field: empty, already imported, or named before its record.
enum SelfReference {
  case resolved(Int64?)
  case later(field: String, value: String, record: SalesforceDataTree.Record)
}

extension SalesforceImporter {
  /// Resolves `name`, naming a record of `table`, now if it can; a reference to a record
  /// not yet read waits.
  func selfReference(
    _ fields: JSONValue, _ name: String, table: ExternalTable, record: SalesforceDataTree.Record
  ) throws(ImportError) -> SelfReference {
    guard let value = fields.field(name)?.text, !value.isEmpty else { return .resolved(nil) }
    if let id = referenced(value, table: table) { return .resolved(id) }
    return .later(field: name, value: value, record: record)
  }

  /// The store id of the record of `table` that `value` (`@Ref` or an id) names, if read.
  func referenced(_ value: String, table: ExternalTable) -> Int64? {
    let key = value.hasPrefix("@") ? String(value.dropFirst()) : value
    return table == .account ? accountReferences[key] : contactReferences[key]
  }

  mutating func setLater(
    _ reference: SelfReference, table: ExternalTable, externalRef: String,
    outcome: PlanStore.UpsertOutcome
  ) {
    guard case .later(let field, let value, let record) = reference else { return }
    deferred.append(
      DeferredReference(
        table: table, externalRef: externalRef, outcome: outcome, field: field, value: value,
        source: RecordSource(record)))
  }

  /// Remembers a parent or manager set at once on row `id` for the loop check at the end.
  mutating func checkLater(
    _ reference: SelfReference, table: ExternalTable, id: Int64, field: String,
    _ record: SalesforceDataTree.Record
  ) {
    guard case .resolved(.some) = reference else { return }
    let value = record.fields.field(field)?.text ?? ""
    loopChecks.append(
      LoopCheck(table: table, id: id, field: field, value: value, source: RecordSource(record)))
  }

  /// Sets each waiting parent and manager; one that names no record in the export stops
  /// the import, as any unresolved reference does. Loops are looked for once every link
  /// is set: until then a row can still hold the parent an earlier import gave it.
  mutating func resolveDeferred() throws {
    // The rows the waiting links were set on, by table, in `deferred`'s order: a loop
    // found among them is named from its entry, so no copy of each entry is kept.
    var linked: [ExternalTable: [(id: Int64, index: Int)]] = [:]
    for (index, waiting) in deferred.enumerated() {
      guard let id = referenced(waiting.value, table: waiting.table) else {
        throw ImportError.unresolvedReference(
          file: waiting.source.place, record: waiting.source.referenceID, field: waiting.field,
          reference: waiting.value)
      }
      let values =
        waiting.table == .account
        ? Self.parentFields(id) : [("reports_to_id", SQLValue.optional(id))]
      let result = try store.upsert(
        table: waiting.table, planID: planID, externalRef: waiting.externalRef, fields: values)
      if waiting.outcome == .unchanged, result.outcome == .updated {
        let kind = waiting.table == .account ? "account" : "contact"
        report.recount(kind, from: .unchanged, to: .updated)
      }
      linked[waiting.table, default: []].append((result.id, index))
    }
    for table in [ExternalTable.account, .contact] {
      let checks = loopChecks.filter { $0.table == table }
      let late = linked[table] ?? []
      let ids = checks.map(\.id) + late.map(\.id)
      guard let looping = try store.firstInLoop(table, among: ids) else { continue }
      let named =
        checks.first { $0.id == looping }.map { ($0.field, $0.value, $0.source) }
        ?? late.first { $0.id == looping }.map {
          (deferred[$0.index].field, deferred[$0.index].value, deferred[$0.index].source)
        }
      guard let (field, value, source) = named else { continue }
      throw ImportError.invalidRecord(
        file: source.place, record: 0,
        reason: "'\(source.referenceID)' has \(field) '\(value)', which makes a loop")
    }
    deferred = []
    loopChecks = []
  }

}
