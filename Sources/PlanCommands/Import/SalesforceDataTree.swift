import Foundation

/// A Salesforce CLI data-tree export: a plan file naming, per object, the record files.
struct SalesforceDataTree {
  /// One record with its reference id and fields.
  struct Record {
    let objectType: String
    let referenceID: String
    let fields: JSONValue
    let file: String
  }

  let planFile: String
  /// Records grouped by object type, in the plan file's order.
  let objects: [(type: String, records: [Record])]

  /// Reads the plan file in `path` (a folder holding `*plan*.json`, or the file itself).
  static func read(from path: String) throws(ImportError) -> SalesforceDataTree {
    let planFile = try locatePlanFile(path)
    let folder = (planFile as NSString).deletingLastPathComponent
    let plan = try parseFile(planFile)
    guard let entries = plan.array else {
      throw .invalidRecord(
        file: planFile, record: 0,
        reason: "a data plan is a JSON array of objects with 'sobject' and 'files'")
    }
    var objects: [(String, [Record])] = []
    for entry in entries {
      guard let type = entry["sobject"]?.text, let files = entry["files"]?.array else {
        throw .invalidRecord(
          file: planFile, record: objects.count + 1,
          reason: "every entry needs 'sobject' and a 'files' array")
      }
      var records: [Record] = []
      for name in files.compactMap(\.text) {
        let file = (folder as NSString).appendingPathComponent(name)
        records += try readRecords(file: file, type: type)
      }
      objects.append((type, records))
    }
    return SalesforceDataTree(planFile: planFile, objects: objects)
  }

  private static func locatePlanFile(_ path: String) throws(ImportError) -> String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .missing(path: path)
    }
    if !isFolder.boolValue { return path }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    let plans = names.filter {
      $0.lowercased().hasSuffix(".json")
        && $0.lowercased()
          .contains("plan")
    }.sorted()
    guard let first = plans.first else { throw .noPlanFile(folder: path) }
    return (path as NSString).appendingPathComponent(first)
  }

  private static func readRecords(file: String, type: String) throws(ImportError) -> [Record] {
    let document = try parseFile(file)
    guard let records = document["records"]?.array else {
      throw .invalidRecord(file: file, record: 0, reason: "expected an object with 'records'")
    }
    return try records.enumerated().map { (index, record) throws(ImportError) in
      guard let reference = record["attributes"]?["referenceId"]?.text ?? record.field("Id")?.text
      else {
        throw .invalidRecord(
          file: file, record: index + 1,
          reason: "it has no attributes.referenceId or Id")
      }
      return Record(objectType: type, referenceID: reference, fields: record, file: file)
    }
  }

  static func parseFile(_ file: String) throws(ImportError) -> JSONValue {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw .missing(path: file)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .malformed(file: file, line: 1, column: 1, reason: "the file is not UTF-8 text")
    }
    do {
      return try JSONParser.parse(text)
    } catch {
      throw .malformed(file: file, line: error.line, column: error.column, reason: error.reason)
    }
  }
}

/// What can be wrong with a file to import, with where.
public enum ImportError: Error, Equatable, CustomStringConvertible {
  case missing(path: String)
  case noPlanFile(folder: String)
  case malformed(file: String, line: Int, column: Int, reason: String)
  case invalidRecord(file: String, record: Int, reason: String)
  case unresolvedReference(file: String, record: String, field: String, reference: String)

  public var description: String {
    switch self {
    case .missing(let path):
      return "cannot read '\(path)': no such file or folder"
    case .noPlanFile(let folder):
      return "no data plan (a *plan*.json file) or CSV files in '\(folder)'"
    case .malformed(let file, let line, let column, let reason):
      return "\(file):\(line):\(column): \(reason)"
    case .invalidRecord(let file, let record, let reason):
      return record == 0 ? "\(file): \(reason)" : "\(file): record \(record): \(reason)"
    case .unresolvedReference(let file, let record, let field, let reference):
      return "\(file): record '\(record)' has \(field) '\(reference)', which names no record"
    }
  }
}
