import Foundation
import Testing

/// One malformed or hostile input from `Tests/BadInput` with what plansh must do with it,
/// read from the sidecar `NAME.expected` beside it:
///
/// ```
/// run: replay {input} --check      (optional; each folder has a default)
/// status: 1
/// stdout: a line plansh prints     (none: it prints nothing)
/// stderr: plansh: error: ...       (every line, in order)
/// ```
struct BadInputCase: Sendable, CustomTestStringConvertible {
  /// The folder of `Tests/BadInput` it is in: agendas, transcripts, scripts, imports, stores.
  let category: String
  /// The input's file or folder name.
  let name: String
  let arguments: [String]
  let status: Int32
  let stdout: [String]
  let stderr: [String]

  var testDescription: String { "\(category)/\(name)" }

  /// Whether the input is itself the store (a damaged or foreign store file).
  var isStore: Bool { category == "stores" }

  static let root = PlanshProcess.packageRoot.appendingPathComponent("Tests/BadInput").path

  /// What plansh runs on each kind of input, in a folder holding a copy of it and, unless
  /// the input is the store, a store with the sample plan current.
  static let defaultRuns = [
    "agendas": "meet {input}", "transcripts": "replay {input}", "scripts": "-f {input}",
    "imports": "import salesforce {input}", "stores": "--store {input} plan list",
  ]

  /// Every input with a sidecar, in a stable order.
  static var all: [BadInputCase] {
    defaultRuns.keys.sorted().flatMap { category in
      inputs(in: category).compactMap { try? BadInputCase(category: category, name: $0) }
    }
  }

  /// The names of the inputs (not the sidecars) in `category`.
  static func inputs(in category: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + category))
    return (names ?? []).filter { !$0.hasSuffix(".expected") }.sorted()
  }

  init(category: String, name: String) throws {
    self.category = category
    self.name = name
    let sidecar = try String(
      contentsOfFile: "\(Self.root)/\(category)/\(name).expected", encoding: .utf8)
    var run = Self.defaultRuns[category] ?? ""
    var status: Int32 = -1
    var stdout: [String] = []
    var stderr: [String] = []
    for line in sidecar.split(separator: "\n", omittingEmptySubsequences: false) {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon]
      var value = String(line[line.index(after: colon)...])
      if value.hasPrefix(" ") { value.removeFirst() }
      switch key {
      case "run": run = value
      case "status": status = Int32(value) ?? -1
      case "stdout": stdout.append(value)
      case "stderr": stderr.append(value)
      default: continue
      }
    }
    arguments = run.split(separator: " ").map { $0.replacingOccurrences(of: "{input}", with: name) }
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}

extension PlanshProcess {
  /// Every file under the scratch folder with its bytes, to show that nothing was written.
  func files() -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
      let path = path(relative)
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        files[relative] = FileManager.default.contents(atPath: path) ?? Data()
      }
    }
    return files
  }
}
