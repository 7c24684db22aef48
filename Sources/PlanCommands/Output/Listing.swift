import PlanStore

/// A value in a listing, typed so that JSON and CSV get numbers as numbers.
public enum FieldValue: Sendable, Equatable {
  case text(String)
  case integer(Int64)
  case money(Int64)
  case flag(Bool)
  case null

  /// Text, or null when nil.
  public static func optional(_ text: String?) -> FieldValue { text.map(FieldValue.text) ?? .null }

  /// An id, or null when nil.
  public static func optional(_ number: Int64?) -> FieldValue {
    number.map(FieldValue.integer) ?? .null
  }

  /// The value as a person reads it in a table.
  public var display: String {
    switch self {
    case .text(let text): return text
    case .integer(let number): return String(number)
    case .money(let minor): return Money.format(minor)
    case .flag(let value): return value ? "yes" : "no"
    case .null: return ""
    }
  }
}

/// A column of a listing: its stable JSON key and its table title.
public struct ListingColumn: Sendable, Equatable {
  public let key: String
  public let title: String
  public let alignRight: Bool

  public init(_ key: String, _ title: String, alignRight: Bool = false) {
    self.key = key
    self.title = title
    self.alignRight = alignRight
  }
}

/// Rows of typed values under named columns: what every `list` command returns.
public struct Listing: Sendable, Equatable {
  public let columns: [ListingColumn]
  public var rows: ListingRows
  /// Shown in a table instead of an empty grid.
  public let emptyMessage: String

  public init(columns: [ListingColumn], rows: [[FieldValue]], emptyMessage: String) {
    self.init(columns: columns, rows: ListingRows(rows), emptyMessage: emptyMessage)
  }

  public init(columns: [ListingColumn], rows: ListingRows, emptyMessage: String) {
    self.columns = columns
    self.rows = rows
    self.emptyMessage = emptyMessage
  }
}

/// The rows of a listing: held in memory, or made one at a time when asked for, so that a
/// report of hundreds of thousands of rows (the white space of a large map) is never held.
public struct ListingRows: RandomAccessCollection, Sendable, Equatable {
  private enum Source: Sendable {
    case held([[FieldValue]])
    case made(count: Int, row: @Sendable (Int) -> [FieldValue])
  }

  private let source: Source

  /// Rows already in memory.
  public init(_ rows: [[FieldValue]]) { source = .held(rows) }

  /// `count` rows, row `index` made by `row(index)` each time it is read.
  public init(count: Int, row: @escaping @Sendable (Int) -> [FieldValue]) {
    source = .made(count: count, row: row)
  }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch source {
    case .held(let rows): return rows.count
    case .made(let count, _): return count
    }
  }

  public subscript(position: Int) -> [FieldValue] {
    switch source {
    case .held(let rows): return rows[position]
    case .made(_, let row): return row(position)
    }
  }

  public static func == (left: ListingRows, right: ListingRows) -> Bool {
    left.elementsEqual(right)
  }
}

extension ListingRows: ExpressibleByArrayLiteral {
  public init(arrayLiteral rows: [FieldValue]...) { self.init(rows) }
}

/// What a command produced, rendered by the session in the chosen format.
public enum CommandOutput: Sendable, Equatable {
  case none
  /// A short confirmation, such as "added account 'Acme' (id 3)".
  case message(String)
  /// Preformatted text: an overview, a tree, a grid, help.
  case text(String)
  /// Preformatted text made a line at a time as it is written: a map too large to hold.
  case lines(OutputLines)
  case listing(Listing)
}

/// Lines of preformatted text, each made when it is read.
public struct OutputLines: RandomAccessCollection, Sendable, Equatable {
  private let line: @Sendable (Int) -> [UInt8]
  public let endIndex: Int

  /// `count` lines, line `index` made by `line(index)` each time it is read.
  public init(count: Int, line: @escaping @Sendable (Int) -> String) {
    self.line = { Array(line($0).utf8) }
    endIndex = count
  }

  /// `count` lines made as UTF-8 bytes, which the renderer writes without decoding.
  public init(count: Int, utf8 line: @escaping @Sendable (Int) -> [UInt8]) {
    self.line = line
    endIndex = count
  }

  public var startIndex: Int { 0 }

  public subscript(position: Int) -> String { String(decoding: line(position), as: UTF8.self) }

  /// Line `position` as UTF-8 bytes.
  public func utf8(at position: Int) -> [UInt8] { line(position) }

  public static func == (left: OutputLines, right: OutputLines) -> Bool {
    left.elementsEqual(right)
  }
}
