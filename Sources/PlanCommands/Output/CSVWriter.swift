import Foundation

/// Writes listings as CSV (RFC 4180): a header of keys, fields quoted where needed.
public enum CSVWriter {
  /// `listing` as CSV text with CRLF-free line ends.
  public static func listing(_ listing: Listing) -> String {
    var bytes: [UInt8] = []
    withoutActuallyEscaping({ (piece: [UInt8]) in bytes += piece }) { write in
      var chunks = TextChunks(write)
      self.write(listing, into: &chunks)
      chunks.flush()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `listing` as CSV, row by row.
  static func write(_ listing: Listing, into chunks: inout TextChunks) {
    chunks.line(listing.columns.map { field($0.key) }.joined(separator: ","))
    for row in listing.rows {
      chunks.line(row.map { value in field(csvText(value)) }.joined(separator: ","))
    }
  }

  private static func csvText(_ value: FieldValue) -> String {
    if case .money = value { return JSONWriter.value(value) }
    if case .flag(let flag) = value { return flag ? "true" : "false" }
    return value.display
  }

  /// One field, quoted when it holds a comma, quote or line break. A leading `=`, `+`, `-`
  /// or `@` is prefixed with a quote mark so spreadsheets do not run it as a formula.
  /// Control characters other than the line break are shown as escapes, as on a terminal.
  public static func field(_ text: String) -> String {
    var body = TerminalText.neutralizedKeepingLines(text)
    if let first = body.first, "=+-@".contains(first), Double(body) == nil { body = "'" + body }
    let needsQuotes = body.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    if !needsQuotes { return body }
    return "\"" + body.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
