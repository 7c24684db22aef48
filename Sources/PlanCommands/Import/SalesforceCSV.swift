import Foundation

/// Salesforce CSV files turned into the records a data-tree export would hold: a
/// Data Export object file (`Account.csv` with API field names and ids) or a report
/// export (`Account: Account Name` headers, one row holding several objects).
enum SalesforceCSV {
  /// The objects in import order, so that references resolve.
  static let objectOrder = ["account", "contact", "product2", "opportunity"]

  /// One CSV file's records grouped by object type. A Data Export object file is read
  /// as the import goes; a report export, whose rows hold several objects, at once.
  static func groups(file: String) throws(ImportError) -> [SalesforceRecordGroup] {
    var reader = try CSVFileReader(file: file)
    guard let header = try reader.next()?.map(\.text) else { return [] }
    if header.contains(where: { $0.contains(": ") }) {
      var rows: [[String]] = []
      while let row = try reader.next() { rows.append(row.map(\.text)) }
      return report(header: header, rows: rows, file: file).map {
        SalesforceRecordGroup(type: $0.type, records: $0.records)
      }
    }
    let type = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let count = try CSVFileReader.countRows(of: file) - 1
    return [
      SalesforceRecordGroup(type: type, count: count) { body in
        var reader = try CSVFileReader(file: file)
        _ = try reader.next()
        var index = 0
        while let row = try reader.next() {
          index += 1
          let fields = zip(header, row).map { ($0, $1.text) }
          // Messages name the line the row starts on; an id-less record's identity stays
          // its row number, as it always was.
          if let made = record(
            type: type, fields: fields, line: index + 1, file: file,
            startLine: row.first?.line ?? index + 1)
          {
            try body(made)
          }
        }
      }
    ]
  }

  /// Every CSV file in `folder`, in the order that lets references resolve.
  static func groups(folder: String) throws(ImportError) -> [SalesforceRecordGroup] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.lowercased().hasSuffix(".csv") }
      .sorted { rank($0) < rank($1) || (rank($0) == rank($1) && $0 < $1) }
    var groups: [SalesforceRecordGroup] = []
    for name in names {
      groups += try Self.groups(file: (folder as NSString).appendingPathComponent(name))
    }
    return groups
  }

  private static func rank(_ file: String) -> Int {
    let type = (file.lowercased() as NSString).deletingPathExtension
    return objectOrder.firstIndex(of: type) ?? objectOrder.count
  }

  /// A report row holds one record per object prefix; later objects refer to the first.
  private static func report(header: [String], rows: [[String]], file: String)
    -> [(type: String, records: [SalesforceDataTree.Record])]
  {
    var types: [String] = []
    for column in header {
      let type = column.components(separatedBy: ": ").first ?? ""
      if !types.contains(type) { types.append(type) }
    }
    var grouped: [String: [SalesforceDataTree.Record]] = [:]
    var seen: Set<String> = []
    for (index, row) in rows.enumerated() {
      var parentName: String?
      for type in types {
        var fields: [(String, String)] = []
        for (column, value) in zip(header, row) where column.hasPrefix(type + ": ") {
          fields.append((apiName(String(column.dropFirst(type.count + 2)), type: type), value))
        }
        let hasValues = fields.contains { !$0.1.isEmpty }
        if let parentName, hasValues, type.lowercased() != "account" {
          fields.append(("AccountId", "@name:" + parentName))
        }
        guard let made = record(type: type, fields: fields, line: index + 2, file: file)
        else { continue }
        if type.lowercased() == "account" { parentName = made.fields.field("Name")?.text }
        if seen.insert(type + "/" + made.referenceID).inserted {
          grouped[type, default: []].append(made)
        }
      }
    }
    return types.sorted { rank($0 + ".csv") < rank($1 + ".csv") }
      .map { ($0, grouped[$0] ?? []) }
  }

  /// `Account Name` → `Name`, `First Name` → `FirstName`, `Stage` → `StageName`.
  private static func apiName(_ label: String, type: String) -> String {
    if label.caseInsensitiveCompare(type + " Name") == .orderedSame { return "Name" }
    if label.caseInsensitiveCompare("Stage") == .orderedSame { return "StageName" }
    return label.replacingOccurrences(of: " ", with: "")
  }

  /// A record from named fields, or nil when the row holds nothing for this object.
  private static func record(
    type: String, fields: [(String, String)], line: Int, file: String, startLine: Int? = nil
  ) -> SalesforceDataTree.Record? {
    let present = fields.filter { !$0.1.isEmpty }
    guard !present.isEmpty else { return nil }
    let object = JSONValue.object(present.map { ($0.0, .string($0.1)) })
    let name =
      object.field("Name")?.text
      ?? [object.field("FirstName")?.text, object.field("LastName")?.text].compactMap { $0 }
      .joined(separator: " ")
    let reference =
      object.field("Id")?.text
      ?? (type.lowercased() == "account" ? "name:" + name : "\(file):\(line)")
    return SalesforceDataTree.Record(
      objectType: type, referenceID: reference, fields: object,
      file: "\(file):\(startLine ?? line)")
  }
}
