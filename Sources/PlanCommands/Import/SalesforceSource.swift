import Foundation

/// Finds what kind of Salesforce export a path holds and reads its records.
enum SalesforceSource {
  /// A data-tree folder or plan file, a folder of CSV files, or one CSV file.
  static func read(_ path: String) throws(ImportError)
    -> (source: String, groups: [SalesforceRecordGroup])
  {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .missing(path: path)
    }
    if !isFolder.boolValue {
      if path.lowercased().hasSuffix(".csv") {
        return (path, try SalesforceCSV.groups(file: path))
      }
      return try dataTree(path)
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    let hasPlan = names.contains {
      $0.lowercased().hasSuffix(".json")
        && $0.lowercased().contains("plan")
    }
    if hasPlan { return try dataTree(path) }
    if names.contains(where: { $0.lowercased().hasSuffix(".csv") }) {
      return (path, try SalesforceCSV.groups(folder: path))
    }
    throw .noPlanFile(folder: path)
  }

  private static func dataTree(_ path: String) throws(ImportError)
    -> (source: String, groups: [SalesforceRecordGroup])
  {
    let tree = try SalesforceDataTree.read(from: path)
    return (tree.planFile, tree.objects.map { SalesforceRecordGroup(type: $0, records: $1) })
  }
}
