import Foundation

/// Salesforce CSV files turned into the records a data-tree export would hold: a
/// Data Export object file (`Account.csv` with API field names and ids) or a report
/// export (`Account: Account Name` headers, one row holding several objects).
enum SalesforceCSV {
  /// The objects in import order, so that references resolve.
  static let objectOrder = ["account", "contact", "product2", "opportunity"]

  /// Reads one CSV file into records grouped by object type.
  static func read(file: String) throws(ImportError) -> [(
    type: String, records: [SalesforceDataTree.Record]
  )] {
    let rows = try parse(file)
    guard let header = rows.first else { return [] }
    if header.contains(where: { $0.contains(": ") }) {
      return report(header: header, rows: Array(rows.dropFirst()), file: file)
    }
    let type = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let records = rows.dropFirst().enumerated().compactMap { index, row in
      record(type: type, fields: zip(header, row).map { ($0, $1) }, line: index + 2, file: file)
    }
    return [(type, records)]
  }

  /// Every CSV file in `folder`, in the order that lets references resolve.
  static func read(folder: String) throws(ImportError)
    -> [(type: String, records: [SalesforceDataTree.Record])]
  {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.lowercased().hasSuffix(".csv") }
      .sorted { rank($0) < rank($1) || (rank($0) == rank($1) && $0 < $1) }
    var objects: [(String, [SalesforceDataTree.Record])] = []
    for name in names {
      objects += try read(file: (folder as NSString).appendingPathComponent(name))
    }
    return objects
  }

  private static func rank(_ file: String) -> Int {
    let type = (file.lowercased() as NSString).deletingPathExtension
    return objectOrder.firstIndex(of: type) ?? objectOrder.count
  }

  private static func parse(_ file: String) throws(ImportError) -> [[String]] {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw .missing(path: file)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .malformed(file: file, line: 1, column: 1, reason: "the file is not UTF-8 text")
    }
    do {
      return try CSVReader.rows(text)
    } catch {
      throw .malformed(file: file, line: error.line, column: error.column, reason: error.reason)
    }
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
  private static func record(type: String, fields: [(String, String)], line: Int, file: String)
    -> SalesforceDataTree.Record?
  {
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
      objectType: type, referenceID: reference, fields: object, file: "\(file):\(line)")
  }
}
