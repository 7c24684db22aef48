import Foundation
import PlanStore
import Testing

@Suite("Opening a store file")
struct StoreFileTests {
  let fixture: StoreFixture

  init() throws {
    fixture = try StoreFixture()
  }

  @Test("a new store records the current schema version in user_version")
  func newStoreHasSchemaVersion() throws {
    let version = try fixture.store.database.row("PRAGMA user_version")?.int(0)
    #expect(version == Int64(PlanStore.schemaVersion))
    #expect(PlanStore.schemaVersion >= 1)
  }

  @Test("a new store file is readable and writable by its owner only")
  func newStoreIsOwnerOnly() throws {
    let attributes = try FileManager.default.attributesOfItem(atPath: fixture.path)
    let mode = try #require(attributes[.posixPermissions] as? Int)
    #expect(mode & 0o777 == 0o600)
  }

  @Test("a store in a folder that does not exist yet creates the folder for its owner only")
  func missingFolderIsCreatedOwnerOnly() throws {
    let path = fixture.file("nested/deeper/plans.sqlite")
    _ = try PlanStore(path: path, user: "tester")

    let folder = (path as NSString).deletingLastPathComponent
    let attributes = try FileManager.default.attributesOfItem(atPath: folder)
    let mode = try #require(attributes[.posixPermissions] as? Int)
    #expect(mode & 0o777 == 0o700)
  }

  @Test("a new store uses the WAL journal and enforces foreign keys")
  func newStoreUsesWALAndForeignKeys() throws {
    let journal = try fixture.store.database.row("PRAGMA journal_mode")?.string(0)
    let keys = try fixture.store.database.row("PRAGMA foreign_keys")?.int(0)
    #expect(journal?.lowercased() == "wal")
    #expect(keys == 1)
  }

  @Test("a new store starts with the plan types and no plans")
  func newStoreIsSeeded() throws {
    let names = try fixture.store.planTypes().map(\.name)
    #expect(names.contains("enterprise"))
    #expect(names.contains("customer success"))
    #expect(try fixture.store.plans().isEmpty)
  }

  @Test("reopening a store keeps its plans and accounts")
  func reopeningKeepsData() throws {
    let plan = try fixture.makePlan()
    try fixture.store.addAccount(planID: plan.id, name: "GenePoint", segment: "A")
    try fixture.reopen()

    let plans = try fixture.store.plans()
    #expect(plans.map(\.name) == ["Acme 2027"])
    let accounts = try fixture.store.accounts(planID: plan.id)
    #expect(accounts.map(\.name) == ["GenePoint"])
    #expect(accounts.first?.segment == "A")
  }

  @Test("reopening a store does not seed the plan types twice")
  func reopeningDoesNotReseed() throws {
    let before = try fixture.count("plan_type")
    try fixture.reopen()
    #expect(try fixture.count("plan_type") == before)
  }

  @Test("a store from a newer plansh is refused and left unchanged")
  func newerSchemaIsRefused() throws {
    let path = fixture.file("newer.sqlite")
    try makeStore(at: path, userVersion: PlanStore.schemaVersion + 1)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))

    #expect(
      throws: StoreError.newerSchema(
        path: path, found: PlanStore.schemaVersion + 1, supported: PlanStore.schemaVersion)
    ) {
      _ = try PlanStore(path: path, user: "tester")
    }
    let after = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(after == before)
  }

  @Test("the newer-schema message names both versions and says to upgrade")
  func newerSchemaMessage() {
    let error = StoreError.newerSchema(path: "p.sqlite", found: 9, supported: 1)
    #expect(error.description.contains("9"))
    #expect(error.description.contains("(1)"))
    #expect(error.description.contains("upgrade plansh"))
  }

  @Test("a text file is refused as not a store and left unchanged")
  func textFileIsRefused() throws {
    let path = fixture.file("notes.txt")
    let text = String(repeating: "These are meeting notes, not a database.\n", count: 40)
    try text.write(toFile: path, atomically: true, encoding: .utf8)

    #expect(throws: StoreError.notAStore(path: path)) {
      _ = try PlanStore(path: path, user: "tester")
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
  }

  @Test("opening a store in a folder that cannot be created fails with cannotOpen")
  func unwritableLocationFails() throws {
    let blocker = fixture.file("blocker")
    try "a file, not a folder".write(toFile: blocker, atomically: true, encoding: .utf8)
    let path = blocker + "/inside/plans.sqlite"

    #expect {
      _ = try PlanStore(path: path, user: "tester")
    } throws: { error in
      guard case StoreError.cannotOpen(let failedPath, _) = error else { return false }
      return failedPath == path
    }
  }

  /// Writes a store at `path` and then stamps it with `userVersion`.
  private func makeStore(at path: String, userVersion: Int) throws {
    do {
      let store = try PlanStore(path: path, user: "tester")
      try store.createPlan(name: "Old", owner: "tester")
    }
    do {
      let database = try Database(path: path)
      try database.execute("PRAGMA user_version = \(userVersion)")
      try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }
  }
}
