/// Reads CSV (RFC 4180 and what spreadsheets and CRMs really write): a byte-order mark,
/// CRLF or LF line ends, quoted fields holding commas, quotes and line breaks, and rows
/// shorter or longer than the header.
public enum CSVReader {
  /// A CSV file that cannot be read, with where.
  public struct Failure: Error, Equatable {
    public let line: Int
    public let column: Int
    public let reason: String
  }

  /// One field with where it starts: line and column (both from 1) in the file.
  public struct Field: Equatable, Sendable {
    public let text: String
    public let line: Int
    public let column: Int
  }

  /// The rows of `text`, each a list of fields; blank lines are skipped.
  public static func rows(_ text: String) throws(Failure) -> [[String]] {
    try records(text).map { $0.map(\.text) }
  }

  /// Like `rows`, with each field's place, for messages that point into the file.
  public static func records(_ text: String) throws(Failure) -> [[Field]] {
    var rows: [[Field]] = []
    var row: [Field] = []
    var field = ""
    var start = (line: 1, column: 1)
    var quoted = false
    var atFieldStart = true
    var line = 1
    var column = 0
    var quoteLine = 0
    var quoteColumn = 0
    var characters = text.unicodeScalars.makeIterator()
    if text.unicodeScalars.first == "\u{FEFF}" { _ = characters.next() }
    var pending: Unicode.Scalar? = characters.next()

    func endField() {
      row.append(Field(text: field, line: start.line, column: start.column))
      field = ""
      atFieldStart = true
      start = (line, column + 1)
    }

    func endRow() {
      endField()
      if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
      row = []
    }

    while let scalar = pending {
      pending = characters.next()
      column += 1
      if quoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = characters.next()
            column += 1
          } else {
            quoted = false
          }
        } else {
          if scalar == "\n" {
            line += 1
            column = 0
          }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where atFieldStart:
        quoted = true
        atFieldStart = false
        quoteLine = line
        quoteColumn = column
      case ",":
        endField()
      case "\r" where pending == "\n":
        continue
      case "\n", "\r":
        line += 1
        column = 0
        endRow()
      default:
        field.unicodeScalars.append(scalar)
        atFieldStart = false
      }
    }
    if quoted {
      throw Failure(line: quoteLine, column: quoteColumn, reason: "a quoted field is never closed")
    }
    if !field.isEmpty || !row.isEmpty { endRow() }
    return rows
  }
}
