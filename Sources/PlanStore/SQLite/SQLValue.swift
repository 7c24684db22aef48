/// A value bound to, or read from, a SQLite statement.
public enum SQLValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)

  /// Text, or nil for NULL.
  public static func optional(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }

  /// An integer, or nil for NULL.
  public static func optional(_ number: Int64?) -> SQLValue {
    number.map(SQLValue.integer) ?? .null
  }

  /// A boolean stored as 0 or 1.
  public static func flag(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }
}

/// One result row, read by column position.
public struct Row: Sendable {
  public let values: [SQLValue]

  /// The text in column `index`, or nil for NULL.
  public func text(_ index: Int) -> String? {
    switch values[index] {
    case .text(let text): return text
    case .integer(let number): return String(number)
    case .real(let number): return String(number)
    case .null: return nil
    }
  }

  /// The text in column `index`, empty for NULL.
  public func string(_ index: Int) -> String { text(index) ?? "" }

  /// The integer in column `index`, or nil for NULL.
  public func integer(_ index: Int) -> Int64? {
    switch values[index] {
    case .integer(let number): return number
    case .real(let number): return Int64(number)
    case .text(let text): return Int64(text)
    case .null: return nil
    }
  }

  /// The integer in column `index`, zero for NULL.
  public func int(_ index: Int) -> Int64 { integer(index) ?? 0 }

  /// Column `index` read as a 0/1 flag.
  public func flag(_ index: Int) -> Bool { int(index) != 0 }
}
