import Foundation

/// The public Salesforce sample data in `../shared/realdata`, read in place, never copied.
enum RealData {
  /// The package root, found from this file's own path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // PlanCommandsTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The `data` folder of sample `name` (`lwc-recipes`, `ebikes-lwc`).
  static func folder(_ name: String) -> String {
    packageRoot.appendingPathComponent("../shared/realdata/\(name)/data").standardized.path
  }

  /// Whether sample `name` is on this machine.
  static func isPresent(_ name: String) -> Bool {
    FileManager.default.fileExists(atPath: folder(name))
  }
}
