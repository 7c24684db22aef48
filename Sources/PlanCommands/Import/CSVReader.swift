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
    var parser = try CSVParser(CSVTextBytes(text))
    var rows: [[Field]] = []
    while let row = try parser.nextRecord() { rows.append(row) }
    return rows
  }
}
