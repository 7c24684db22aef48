import Foundation
import PlanStore

/// A scratch folder holding one fresh store file, removed when the fixture goes away.
final class StoreFixture {
  let folder: URL
  let path: String
  private(set) var store: PlanStore

  /// Creates the folder and opens a new store in it as user `tester`.
  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("plansh-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    path = folder.appendingPathComponent("plans.sqlite").path
    store = try PlanStore(path: path, user: "tester")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A plan named `name` owned by `tester`.
  @discardableResult
  func makePlan(_ name: String = "Acme 2027", type: String = "enterprise") throws -> Plan {
    try store.createPlan(name: name, typeName: type, owner: "tester")
  }

  /// Closes the store and opens the same file again.
  func reopen() throws {
    store = try PlanStore(path: path, user: "tester")
  }

  /// The number of rows in `table`.
  func count(_ table: String) throws -> Int64 {
    try store.database.row("SELECT COUNT(*) FROM \(table)")?.int(0) ?? -1
  }

  /// A path in the scratch folder.
  func file(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }
}

/// A fixed clock for tests: the given UTC instant, written `YYYY-MM-DDTHH:MM:SSZ`.
func fixedClock(_ text: String) -> () -> Date {
  let date = Timestamps.date(from: text)!
  return { date }
}
