import CSQLite

/// A prepared SQLite statement (`sqlite3_stmt`) owned by its `Database`.
public final class Statement {
  private let pointer: OpaquePointer
  private unowned let database: Database
  let sql: String

  init(database: Database, sql: String) throws(StoreError) {
    var prepared: OpaquePointer?
    let code = sqlite3_prepare_v3(
      database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
    guard code == SQLITE_OK, let prepared else {
      throw StoreError.sqlite(
        code: code, message: String(cString: sqlite3_errmsg(database.handle)), sql: sql)
    }
    self.pointer = prepared
    self.database = database
    self.sql = sql
  }

  func finalize() { sqlite3_finalize(pointer) }

  /// Resets the statement and clears its bindings (`sqlite3_reset`).
  func reset() {
    sqlite3_reset(pointer)
    sqlite3_clear_bindings(pointer)
  }

  /// Binds `values` to the parameters in order (`sqlite3_bind_*`).
  func bind(_ values: [SQLValue]) throws(StoreError) {
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .null: code = sqlite3_bind_null(pointer, index)
      case .integer(let number): code = sqlite3_bind_int64(pointer, index, number)
      case .real(let number): code = sqlite3_bind_double(pointer, index, number)
      case .text(let text):
        // With its byte count, not -1: a NUL inside the text must not cut it short.
        code = sqlite3_bind_text(pointer, index, text, Int32(text.utf8.count), transient)
      }
      if code != SQLITE_OK { throw failure(code) }
    }
  }

  /// Steps once; returns the row, or nil when the statement is done.
  func step() throws(StoreError) -> Row? {
    let code = sqlite3_step(pointer)
    if code == SQLITE_DONE {
      sqlite3_reset(pointer)
      return nil
    }
    guard code == SQLITE_ROW else {
      let error = failure(code)
      sqlite3_reset(pointer)
      throw error
    }
    return Row(values: (0..<sqlite3_column_count(pointer)).map(column))
  }

  func runToEnd() throws(StoreError) {
    while try step() != nil {}
  }

  private func column(_ index: Int32) -> SQLValue {
    switch sqlite3_column_type(pointer, index) {
    case SQLITE_INTEGER: return .integer(sqlite3_column_int64(pointer, index))
    case SQLITE_FLOAT: return .real(sqlite3_column_double(pointer, index))
    case SQLITE_NULL: return .null
    default:
      guard let bytes = sqlite3_column_text(pointer, index) else { return .null }
      let count = Int(sqlite3_column_bytes(pointer, index))
      let buffer = UnsafeBufferPointer(start: bytes, count: count)
      return .text(String(decoding: buffer, as: UTF8.self))
    }
  }

  private func failure(_ code: Int32) -> StoreError {
    .sqlite(code: code, message: String(cString: sqlite3_errmsg(database.handle)), sql: sql)
  }
}

/// SQLite copies bound text at once (`SQLITE_TRANSIENT`, a macro Swift cannot import).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
