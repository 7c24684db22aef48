import CSQLite
import Foundation

/// The one owner of a SQLite connection: runs statements and transactions.
///
/// Not `Sendable`: a connection is used from the thread that opened it.
public final class Database {
  let handle: OpaquePointer
  private var transactionDepth = 0
  private var statementCache: [String: Statement] = [:]

  /// Opens (creating when missing) the database file at `path` (`sqlite3_open_v2`).
  public init(path: String) throws(StoreError) {
    var connection: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let code = sqlite3_open_v2(path, &connection, flags, nil)
    guard let connection, code == SQLITE_OK else {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(connection)
      throw .cannotOpen(path: path, reason: message)
    }
    handle = connection
    sqlite3_extended_result_codes(handle, 1)
    // Two shells on one store wait for each other instead of failing at once.
    sqlite3_busy_timeout(handle, 10_000)
  }

  deinit { close() }

  private var isClosed = false

  /// Closes the connection (`sqlite3_close_v2`). The last connection to close folds the
  /// write-ahead log back into the store file, so the file alone holds every plan.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    for statement in statementCache.values { statement.finalize() }
    statementCache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Runs one or more statements that take no parameters (`sqlite3_exec`).
  public func execute(_ sql: String) throws(StoreError) {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    if code != SQLITE_OK {
      let text = message.map { String(cString: $0) } ?? "error \(code)"
      sqlite3_free(message)
      throw StoreError.sqlite(code: code, message: text, sql: sql)
    }
  }

  /// A prepared statement for `sql`, cached for the life of the connection.
  public func statement(_ sql: String) throws(StoreError) -> Statement {
    if let cached = statementCache[sql] {
      cached.reset()
      return cached
    }
    let statement = try Statement(database: self, sql: sql)
    statementCache[sql] = statement
    return statement
  }

  /// Runs `sql` with `values` bound in order, for statements that return no rows.
  public func run(_ sql: String, _ values: [SQLValue] = []) throws(StoreError) {
    let statement = try statement(sql)
    try statement.bind(values)
    try statement.runToEnd()
  }

  /// Returns every row of `sql` with `values` bound in order.
  public func rows(_ sql: String, _ values: [SQLValue] = []) throws(StoreError) -> [Row] {
    let statement = try statement(sql)
    try statement.bind(values)
    var rows: [Row] = []
    while let row = try statement.step() { rows.append(row) }
    return rows
  }

  /// Returns the first row of `sql`, or nil when there is none.
  public func row(_ sql: String, _ values: [SQLValue] = []) throws(StoreError) -> Row? {
    let statement = try statement(sql)
    try statement.bind(values)
    defer { statement.reset() }
    return try statement.step()
  }

  /// The rowid of the last row inserted on this connection.
  public var lastInsertedID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Number of rows changed by the last statement.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// Runs `body` in a transaction: it happens whole or not at all.
  ///
  /// Nested calls become savepoints, so a caller can wrap several commands (a replay)
  /// in one outer transaction and still roll all of them back.
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    let name = "plansh_\(transactionDepth)"
    try execute(transactionDepth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT \(name)")
    transactionDepth += 1
    do {
      let result = try body()
      transactionDepth -= 1
      try execute(transactionDepth == 0 ? "COMMIT" : "RELEASE \(name)")
      return result
    } catch {
      transactionDepth -= 1
      let undo = transactionDepth == 0 ? "ROLLBACK" : "ROLLBACK TO \(name); RELEASE \(name)"
      try? execute(undo)
      throw error
    }
  }

  /// Whether a transaction is open on this connection.
  public var isInTransaction: Bool { transactionDepth > 0 }
}
