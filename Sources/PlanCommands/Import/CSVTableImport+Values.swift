import Foundation
import PlanStore

/// Reading checked values from a row, and placing store errors at the cell they concern.
extension CSVTableImport {
  /// One of `allowed`, matched ignoring case; nil when the cell is empty.
  func choice(_ row: [CSVReader.Field], _ field: String, _ allowed: [String]) throws
    -> String?
  {
    guard let cell = map.cell(field, in: row) else { return nil }
    let text = cell.text.trimmingCharacters(in: .whitespaces)
    if let match = allowed.first(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
      return match
    }
    throw wrong(cell, field, "expected one of \(allowed.joined(separator: ", "))")
  }

  /// Yes or no (`yes`, `no`, `true`, `false`, `y`, `n`, `1`, `0`, `x`); nil when empty.
  func flag(_ row: [CSVReader.Field], _ field: String) throws -> Bool? {
    guard let cell = map.cell(field, in: row) else { return nil }
    switch cell.text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "yes", "y", "true", "1", "x": return true
    case "no", "n", "false", "0": return false
    default: throw wrong(cell, field, "expected yes or no")
    }
  }

  /// A date `YYYY-MM-DD` (a timestamp is cut to its date); nil when empty.
  func date(_ row: [CSVReader.Field], _ field: String) throws -> String? {
    guard let cell = map.cell(field, in: row) else { return nil }
    let text = cell.text.trimmingCharacters(in: .whitespaces)
    let day = String(text.prefix(10))
    guard Timestamps.isDate(day), text.count == 10 || text.dropFirst(10).first == "T" else {
      throw wrong(cell, field, "expected a date as YYYY-MM-DD")
    }
    return day
  }

  /// `open` or `done`, also from the task states CRMs use; nil when empty.
  func actionStatus(_ row: [CSVReader.Field]) throws -> String? {
    guard let cell = map.cell("status", in: row) else { return nil }
    switch cell.text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "open", "not started", "in progress": return "open"
    case "done", "completed", "complete", "closed": return "done"
    default:
      throw wrong(
        cell, "status",
        "expected open or done (or not started, in progress, "
          + "completed, closed)")
    }
  }

  /// The error for a cell holding a value `field` cannot take.
  func wrong(_ cell: CSVReader.Field, _ field: String, _ expected: String) -> ImportError {
    .malformed(
      file: file, line: cell.line, column: cell.column,
      reason: "invalid \(field) '\(cell.text)' in column '\(map.columnName(field))': \(expected)")
  }

  /// Runs `body`; a store error it throws is reported at the cell of `field` in `row`
  /// (at the row's start when that field has no cell).
  func located<T>(_ row: [CSVReader.Field], _ field: String, _ body: () throws -> T) throws
    -> T
  {
    guard let cell = map.cell(field, in: row) ?? row.first else { return try body() }
    return try located(cell, field, body)
  }

  /// Runs `body`; a store error it throws is reported at `cell`.
  func located<T>(_ cell: CSVReader.Field, _ field: String, _ body: () throws -> T) throws
    -> T
  {
    do {
      return try body()
    } catch let error as StoreError {
      throw ImportError.malformed(
        file: file, line: cell.line, column: cell.column,
        reason: "\(error) (column '\(map.columnName(field))')")
    }
  }
}

/// What `import csv` did: how many rows created, updated or left unchanged a record, and
/// each skipped row with why.
struct CSVImportReport: Equatable {
  private(set) var created = 0
  private(set) var updated = 0
  private(set) var unchanged = 0
  private(set) var skipped: [(line: Int, reason: String)] = []

  /// Equal when they read the same.
  static func == (left: CSVImportReport, right: CSVImportReport) -> Bool {
    left.summary == right.summary
  }

  /// Counts one row by what writing it did.
  mutating func count(_ outcome: PlanStore.UpsertOutcome) {
    switch outcome {
    case .created: created += 1
    case .updated: updated += 1
    case .unchanged: unchanged += 1
    }
  }

  /// Notes a skipped row and why.
  mutating func skip(line: Int, _ reason: String) { skipped.append((line, reason)) }

  /// `3 created, 1 updated, 0 unchanged, 1 skipped`.
  var summary: String {
    "\(created) created, \(updated) updated, \(unchanged) unchanged, \(skipped.count) skipped"
  }

  /// The summary, then one line per skipped row: `file:line: skipped: why`.
  func lines(file: String) -> [String] {
    [summary] + skipped.map { "\(file):\($0.line): skipped: \($0.reason)" }
  }
}
