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
  let record: SalesforceDataTree.Record
}

/// A parent or manager field: empty, already imported, or named before its record.
enum SelfReference {
  case resolved(Int64?)
  case later(field: String, value: String, record: SalesforceDataTree.Record)
}

extension SalesforceImporter {
  /// Resolves `name` now if it can; a reference to a record not yet read waits.
  func selfReference(_ fields: JSONValue, _ name: String, record: SalesforceDataTree.Record)
    throws(ImportError) -> SelfReference
  {
    guard let value = fields.field(name)?.text, !value.isEmpty else { return .resolved(nil) }
    let key = value.hasPrefix("@") ? String(value.dropFirst()) : value
    if let id = references[key] { return .resolved(id) }
    return .later(field: name, value: value, record: record)
  }

  mutating func setLater(
    _ reference: SelfReference, table: ExternalTable, externalRef: String,
    outcome: PlanStore.UpsertOutcome
  ) {
    guard case .later(let field, let value, let record) = reference else { return }
    deferred.append(
      DeferredReference(
        table: table, externalRef: externalRef, outcome: outcome, field: field, value: value,
        record: record))
  }

  /// Sets each waiting parent and manager; one that names no record in the export stops
  /// the import, as any unresolved reference does.
  mutating func resolveDeferred() throws {
    for waiting in deferred {
      let key = waiting.value.hasPrefix("@") ? String(waiting.value.dropFirst()) : waiting.value
      guard let id = references[key] else {
        throw ImportError.unresolvedReference(
          file: waiting.record.file, record: waiting.record.referenceID, field: waiting.field,
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
      if try store.linksInLoop(waiting.table, id: result.id) {
        throw ImportError.invalidRecord(
          file: waiting.record.file, record: 0,
          reason: "'\(waiting.record.referenceID)' has \(waiting.field) '\(waiting.value)', "
            + "which makes a loop")
      }
    }
    deferred = []
  }
}
