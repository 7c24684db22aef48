import Foundation
import PlanStore

/// `import csv KIND FILE`: accounts, contacts or actions from a CSV file that any CRM or
/// spreadsheet can write, one record a row.
///
/// A row matches an existing record by its `id` column (kept as `csv:ID`), else by its
/// exact name; it updates the fields it gives and leaves the rest. The whole file is one
/// transaction: a wrong value anywhere stops the import at `file:line:column` and changes
/// nothing. Rows that cannot be placed (no name, a name several records share) are
/// skipped and reported.
struct CSVTableImport {
  let kind: CSVImportKind
  let file: String
  let store: PlanStore
  let planID: Int64
  let map: CSVFieldMap
  let rows: [[CSVReader.Field]]
  private(set) var report = CSVImportReport()
  /// Per row: the record it wrote and what writing it did.
  private var written: [(row: [CSVReader.Field], id: Int64, outcome: PlanStore.UpsertOutcome)] =
    []

  /// Reads `file` and maps its header; nothing is written yet.
  init(kind: CSVImportKind, file: String, mapping: String?, store: PlanStore, planID: Int64)
    throws
  {
    let records = try CSVFileReader.records(of: file)
    guard let header = records.first else {
      throw ImportError.malformed(file: file, line: 1, column: 1, reason: "the file is empty")
    }
    self.kind = kind
    self.file = file
    self.store = store
    self.planID = planID
    map = try CSVFieldMap.make(mapping, header: header, kind: kind, file: file)
    rows = Array(records.dropFirst())
  }

  /// Writes every row in one transaction and returns what happened.
  mutating func run() throws -> CSVImportReport {
    try store.transaction {
      switch kind {
      case .accounts: try importAccounts()
      case .contacts: try importContacts()
      case .actions: try importActions()
      }
      for entry in written { report.count(entry.outcome) }
      try store.recordImport(
        planID: planID, summary: "imported \(kind.rawValue) from CSV: \(report.summary)")
    }
    return report
  }

  private mutating func importAccounts() throws {
    var parents: [(index: Int, cell: CSVReader.Field)] = []
    for row in rows {
      guard let name = name(row) else { continue }
      var record = AccountRecord(name: name)
      record.kind = try choice(row, "kind", Account.kinds)
      record.segment = try choice(row, "segment", Account.segments)
      record.targeted = try flag(row, "targeted")
      record.industry = map.cell("industry", in: row)?.text
      record.externalRef = map.cell("id", in: row).map { "csv:" + $0.text }
      let parent = map.cell("parent", in: row)
      if parent != nil && record.kind == nil { record.kind = "division" }
      guard let id = try match(.account, row, record.externalRef, name) else { continue }
      let saved = try located(row, "id") { try store.saveAccount(record, id: id, planID: planID) }
      written.append((row, saved.id, saved.outcome))
      if let parent { parents.append((written.count - 1, parent)) }
    }
    for (index, cell) in parents {
      let changed = try located(cell, "parent") {
        try store.setAccountParent(id: written[index].id, parent: cell.text, planID: planID)
      }
      if changed && written[index].outcome == .unchanged { written[index].outcome = .updated }
    }
  }

  private mutating func importContacts() throws {
    var managers: [(index: Int, cell: CSVReader.Field)] = []
    for row in rows {
      guard let name = name(row) else { continue }
      var record = ContactRecord(name: name)
      record.account = map.cell("account", in: row)?.text
      record.title = map.cell("title", in: row)?.text
      record.email = map.cell("email", in: row)?.text
      record.phone = map.cell("phone", in: row)?.text
      record.support = try choice(row, "support", Contact.supportLevels)
      record.political = try choice(row, "political", Contact.politicalStatuses)
      record.coverage = try choice(row, "coverage", Contact.coverageLevels)
      record.kind = try choice(row, "kind", Contact.kinds)
      record.orientation = try choice(row, "orientation", Contact.orientations)
      record.externalRef = map.cell("id", in: row).map { "csv:" + $0.text }
      guard let id = try match(.contact, row, record.externalRef, name) else { continue }
      let saved = try located(row, "account") {
        try store.saveContact(record, id: id, planID: planID)
      }
      written.append((row, saved.id, saved.outcome))
      if let manager = map.cell("reports_to", in: row) {
        managers.append((written.count - 1, manager))
      }
    }
    for (index, cell) in managers {
      let changed = try located(cell, "reports_to") {
        try store.setContactManager(id: written[index].id, manager: cell.text, planID: planID)
      }
      if changed && written[index].outcome == .unchanged { written[index].outcome = .updated }
    }
  }

  private mutating func importActions() throws {
    for row in rows {
      guard let name = name(row) else { continue }
      var record = ActionRecord(name: name)
      record.owner = map.cell("owner", in: row)?.text
      record.dueOn = try date(row, "due")
      record.status = try actionStatus(row)
      record.objective = map.cell("objective", in: row)?.text
      record.area = map.cell("area", in: row)?.text
      guard let id = try match(.action, row, nil, name) else { continue }
      let saved = try located(row, "objective") {
        try store.saveAction(record, id: id, planID: planID)
      }
      written.append((row, saved.id, saved.outcome))
    }
  }

  /// The row's name (for contacts, first and last names joined when there is no name
  /// column); nil, with the row skipped, when it has none.
  private mutating func name(_ row: [CSVReader.Field]) -> String? {
    var name = map.cell("name", in: row)?.text
    if name == nil, kind == .contacts {
      let parts = [map.cell("first_name", in: row), map.cell("last_name", in: row)]
      name = parts.compactMap { $0?.text }.joined(separator: " ")
    }
    guard let name, !name.allSatisfy(\.isWhitespace) else {
      report.skip(line: row.first?.line ?? 0, "no \(kind.singular) name")
      return nil
    }
    return name
  }

  /// The row to update (`.some(id)`), a new record (`.some(nil)`), or nil to skip the row
  /// because its name is shared by several records.
  private mutating func match(
    _ table: RecordTable, _ row: [CSVReader.Field], _ externalRef: String?, _ name: String
  ) throws -> Int64?? {
    let found: Int64?
    do {
      found = try store.matchingRow(table, planID: planID, externalRef: externalRef, name: name)
    } catch {
      guard case .ambiguous = error else { throw error }
      report.skip(line: row.first?.line ?? 0, "\(error); give each an id column")
      return nil
    }
    return .some(found)
  }
}
