import Foundation

/// Which column of a CSV file feeds each field of a record.
///
/// `--map 'name=Company,title=Job Title'` names columns for fields; each entry may be
/// quoted as a CSV field (`"title=Job, Title"`) when a column name holds a comma. Columns
/// are matched to the header ignoring case and surrounding spaces. A field left out of the
/// map takes a column named like it (`reports_to` from `Reports To`) or like one of its
/// usual names in CRMs (`title` from `Job Title`).
struct CSVFieldMap {
  /// Field → index of its column.
  let columns: [String: Int]
  /// The header as written, for messages.
  let header: [String]

  /// The map for `kind` from the `--map` text (if any) and the file's header row.
  static func make(_ spec: String?, header: [CSVReader.Field], kind: CSVImportKind, file: String)
    throws -> CSVFieldMap
  {
    let names = header.map(\.text)
    let normalized = names.map(normalize)
    var columns: [String: Int] = [:]
    for (field, aliases) in kind.fields {
      let wanted = [field] + aliases
      if let index = normalized.firstIndex(where: wanted.contains) { columns[field] = index }
    }
    for (field, column) in try entries(spec, kind: kind) {
      guard let index = normalized.firstIndex(of: normalize(column)) else {
        let known = names.map { "'\($0)'" }.joined(separator: ", ")
        throw ImportError.malformed(
          file: file, line: header.first?.line ?? 1, column: 1,
          reason: "the header has no column '\(column)' (mapped to \(field)); it has \(known)")
      }
      columns[field] = index
    }
    if !kind.hasName(columns) {
      throw ImportError.malformed(
        file: file, line: header.first?.line ?? 1, column: 1,
        reason: "no column gives the \(kind.singular)'s name; map one with --map "
          + "'name=COLUMN'")
    }
    return CSVFieldMap(columns: columns, header: names)
  }

  /// The `FIELD=COLUMN` entries of a `--map` value.
  private static func entries(_ spec: String?, kind: CSVImportKind) throws
    -> [(field: String, column: String)]
  {
    guard let spec, !spec.isEmpty else { return [] }
    let known = kind.fields.map(\.field)
    let expected =
      "FIELD=COLUMN, separated by commas, with FIELD one of "
      + known.joined(separator: ", ")
    let items: [String]
    do {
      items = try CSVReader.rows(spec).flatMap { $0 }.filter { !$0.isEmpty }
    } catch {
      throw CommandError.invalidValue(option: "map", value: spec, expected: expected)
    }
    return try items.map { item in
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      let field = normalize(parts.first ?? "")
      guard parts.count == 2, known.contains(field), !parts[1].isEmpty else {
        throw CommandError.invalidValue(option: "map", value: item, expected: expected)
      }
      return (field, parts[1])
    }
  }

  /// A header or field name folded for comparison: `Reports-To ` → `reports_to`.
  static func normalize(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespaces).lowercased()
      .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
  }

  /// The field's cell in `row`, or nil when unmapped, missing (a short row) or empty.
  func cell(_ field: String, in row: [CSVReader.Field]) -> CSVReader.Field? {
    guard let index = columns[field], index < row.count, !row[index].text.isEmpty
    else { return nil }
    return row[index]
  }

  /// The header of the column feeding `field`.
  func columnName(_ field: String) -> String {
    columns[field].map { header[$0] } ?? field
  }
}

/// The kinds of record `import csv` brings in, with their fields.
enum CSVImportKind: String, CaseIterable {
  case accounts, contacts, actions

  /// The record's name in messages.
  var singular: String { String(rawValue.dropLast()) }

  /// Each field with the other header names it is found under.
  var fields: [(field: String, aliases: [String])] {
    switch self {
    case .accounts:
      return [
        ("name", ["account_name", "company", "company_name", "account"]),
        ("parent", ["parent_account", "parent_company", "parent_name"]), ("kind", []),
        ("segment", []),
        ("targeted", []), ("industry", []), ("id", ["account_id", "external_id"]),
      ]
    case .contacts:
      return [
        ("name", ["full_name", "contact_name"]), ("first_name", []), ("last_name", []),
        ("account", ["company", "account_name", "company_name"]),
        ("title", ["job_title"]), ("email", ["email_address"]), ("phone", ["phone_number"]),
        ("reports_to", ["manager"]), ("support", []), ("political", []), ("coverage", []),
        ("kind", []), ("orientation", []), ("id", ["contact_id", "external_id"]),
      ]
    case .actions:
      return [
        ("name", ["subject", "task", "action"]), ("owner", ["assigned_to"]),
        ("due", ["due_date", "due_on"]), ("status", []), ("objective", []), ("area", []),
      ]
    }
  }

  /// Whether the mapped columns can give each record a name.
  func hasName(_ columns: [String: Int]) -> Bool {
    columns["name"] != nil
      || (self == .contacts && (columns["first_name"] != nil || columns["last_name"] != nil))
  }
}
