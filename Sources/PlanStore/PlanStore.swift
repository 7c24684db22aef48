import Foundation

/// The plan store: one SQLite file holding every plan, its areas, meetings and feedback.
///
/// Every method that writes runs in one transaction, so it happens whole or not at all.
public final class PlanStore {
  /// The connection; exposed for the store's own extensions and for tests.
  public let database: Database
  public let path: String

  /// The clock used for every timestamp; replay sets it to the recorded times.
  public var clock: () -> Date = { Date() }

  /// The person recorded in the change log.
  public var user: String

  /// The schema version this plansh writes.
  public static var schemaVersion: Int { Migrations.latest }

  /// Opens the store at `path`, creating it (readable by its owner only) when missing.
  public init(path: String, user: String = PlanStore.defaultUser) throws(StoreError) {
    try PlanStore.createOwnerOnlyFile(at: path)
    self.path = path
    self.user = user
    database = try Database(path: path)
    do {
      try database.execute("PRAGMA foreign_keys = ON")
      try migrate()
    } catch StoreError.sqlite(let code, _, _) where code == 26 {
      throw .notAStore(path: path)
    }
  }

  /// The login name of the person running plansh.
  public static var defaultUser: String {
    // One variable read with getenv(3): ProcessInfo would copy the whole environment.
    if let user = getenv("USER").map({ String(cString: $0) }), !user.isEmpty { return user }
    // No USER (a service, a container): the account's login name.
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "unknown"
  }

  /// Now, as the UTC timestamp text stored in every `*_at` column.
  public var timestamp: String { Timestamps.string(from: clock()) }

  /// Today's date in UTC, as stored in every `*_on` and date column.
  public var today: String { String(timestamp.prefix(10)) }

  /// Writes a consistent copy of the whole store to the new file `path` (`VACUUM INTO`):
  /// one file, safe to copy while plansh runs.
  public func backup(to path: String) throws {
    if FileManager.default.fileExists(atPath: path) {
      throw StoreError.invalid(field: "backup file", value: path, reason: "it already exists")
    }
    try database.run("VACUUM INTO ?", [.text(path)])
    chmod(path, 0o600)
  }

  /// Gathers the statistics SQLite's query planner uses for every table (`ANALYZE`), as a
  /// store that has been in use for a while has them.
  public func analyze() throws(StoreError) {
    try database.execute("ANALYZE")
  }

  /// Closes the store; nothing may use it afterwards.
  public func close() { database.close() }

  /// Runs `body` in one transaction (nested calls become savepoints).
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    try database.transaction(body)
  }

  /// Records who changed what in the change log; part of the caller's transaction.
  func log(planID: Int64?, _ what: String) throws(StoreError) {
    try database.run(
      "INSERT INTO change_log (plan_id, at, who, what) VALUES (?, ?, ?, ?)",
      [.optional(planID), .text(timestamp), .text(user), .text(what)])
  }

  private func migrate() throws(StoreError) {
    // One statement, so that both are read from one snapshot of a store being created.
    let state = try database.row(
      "SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version")
    let found = Int(state?.int(0) ?? 0)
    if found > Migrations.latest {
      throw .newerSchema(path: path, found: found, supported: Migrations.latest)
    }
    if found == Migrations.latest { return }
    // Version 0 with tables is another program's database: leave it as it is.
    if found == 0, state?.int(1) ?? 0 > 0 {
      throw .cannotOpen(
        path: path,
        reason: "it is a SQLite database of another program, "
          + "not a plansh store")
    }
    try enableWriteAheadLog()
    do {
      try database.transaction {
        // Another plansh opening the same new store may have migrated it meanwhile.
        let current = Int(try database.row("PRAGMA user_version")?.int(0) ?? 0)
        if current > Migrations.latest {
          throw StoreError.newerSchema(path: path, found: current, supported: Migrations.latest)
        }
        guard current < Migrations.latest else { return }
        for version in current..<Migrations.latest {
          try database.execute(Migrations.steps[version])
          if version == 0 { try PlanTypeCatalog.seed(into: database) }
        }
        try database.execute("PRAGMA user_version = \(Migrations.latest)")
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .cannotOpen(path: path, reason: "\(error)")
    }
  }

  /// Switches a new store to write-ahead logging (`PRAGMA journal_mode = WAL`). The switch
  /// needs the file to itself and, unlike other locks, fails at once instead of waiting
  /// through the busy timeout while another plansh opens the same new store: retried here
  /// for as long as the timeout.
  private func enableWriteAheadLog() throws(StoreError) {
    let deadline = Date().addingTimeInterval(10)
    while true {
      do {
        try database.execute("PRAGMA journal_mode = WAL")
        return
      } catch .sqlite(let code, _, _) where code & 0xFF == 5 && Date() < deadline {
        usleep(5_000)
      }
    }
  }

  private static func createOwnerOnlyFile(at path: String) throws(StoreError) {
    if FileManager.default.fileExists(atPath: path) { return }
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      do {
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw .cannotOpen(path: path, reason: "cannot create folder '\(directory)'")
      }
    }
    let descriptor = open(path, O_CREAT | O_WRONLY | O_EXCL, 0o600)
    if descriptor < 0 && errno != EEXIST {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    if descriptor >= 0 { Foundation.close(descriptor) }
  }
}

/// Conversions between dates and the text stored in the store.
public enum Timestamps {
  /// A UTC timestamp such as `2026-12-04T15:47:30Z`.
  public static func string(from date: Date) -> String {
    date.formatted(.iso8601)
  }

  /// Parses a timestamp written by `string(from:)`.
  public static func date(from text: String) -> Date? {
    try? Date(text, strategy: .iso8601)
  }

  /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
  public static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1
    else { return false }
    let days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1]
  }

  private static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }
}
