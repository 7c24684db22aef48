import Foundation

/// Where agendas are found: a path as given, then each folder of the search path.
public struct AgendaLibrary: Sendable {
  /// Folders searched in order for `NAME.agenda`.
  public let folders: [String]

  public init(folders: [String]) { self.folders = folders }

  /// The file for `reference`: a path to an existing file, or a name in a folder.
  public func locate(_ reference: String, relativeTo base: String? = nil) -> String? {
    let manager = FileManager.default
    let withExtension = reference.hasSuffix(".agenda") ? reference : reference + ".agenda"
    var candidates: [String] = []
    if reference.contains("/") || reference.hasSuffix(".agenda") {
      candidates.append(reference)
    }
    if let base { candidates.append((base as NSString).appendingPathComponent(withExtension)) }
    candidates += folders.map { ($0 as NSString).appendingPathComponent(withExtension) }
    return candidates.first { path in
      var isFolder: ObjCBool = false
      return manager.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
  }

  /// The names of every agenda in the search path, for listing and completion.
  public func names() -> [String] {
    var names: [String] = []
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for file in files.sorted() where file.hasSuffix(".agenda") {
        let name = String(file.dropLast(".agenda".count))
        if !names.contains(name) { names.append(name) }
      }
    }
    return names
  }
}
