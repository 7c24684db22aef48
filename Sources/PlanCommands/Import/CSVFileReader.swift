/// A CSV file read one record at a time, in constant memory, its failures naming the file.
struct CSVFileReader {
  let file: String
  private var parser: CSVParser<CSVFileBytes>

  init(file: String) throws(ImportError) {
    guard let bytes = CSVFileBytes(path: file) else { throw .missing(path: file) }
    self.file = file
    do {
      parser = try CSVParser(bytes)
    } catch {
      throw Self.failure(error, in: file)
    }
  }

  /// The next non-blank record, or nil at the end of the file.
  mutating func next() throws(ImportError) -> [CSVReader.Field]? {
    do {
      return try parser.nextRecord()
    } catch {
      throw Self.failure(error, in: file)
    }
  }

  /// A failure named at its place, or, when reading the file failed and no place is
  /// known, at the file alone.
  private static func failure(_ error: CSVReader.Failure, in file: String) -> ImportError {
    guard error.line > 0 else { return .invalidRecord(file: file, record: 0, reason: error.reason) }
    return .malformed(file: file, line: error.line, column: error.column, reason: error.reason)
  }

  /// Every record of `file`, for files small enough to hold at once.
  static func records(of file: String) throws(ImportError) -> [[CSVReader.Field]] {
    var reader = try CSVFileReader(file: file)
    var records: [[CSVReader.Field]] = []
    while let record = try reader.next() { records.append(record) }
    return records
  }

  /// How many rows `file` holds, header and blank lines included, found without building
  /// a field: what a progress bar needs before a long import starts. Quotes follow the
  /// parser's rule: only one that starts a field opens a quoted field (`12" pipe` does not).
  static func countRows(of file: String) throws(ImportError) -> Int {
    guard let bytes = CSVFileBytes(path: file) else { throw .missing(path: file) }
    let quote = UInt8(ascii: "\"")
    var rows = 0
    var quoted = false
    /// A quoted field just closed: a quote now is the second of a doubled pair.
    var closed = false
    var atFieldStart = true
    var last: UInt8 = UInt8(ascii: "\n")
    do {
      while let byte = try bytes.next() {
        defer { last = byte }
        if quoted {
          if byte == quote {
            quoted = false
            closed = true
          }
          continue
        }
        if byte == quote, atFieldStart || closed {
          quoted = true
          closed = false
          atFieldStart = false
          continue
        }
        closed = false
        switch byte {
        case UInt8(ascii: ","):
          atFieldStart = true
        case UInt8(ascii: "\n"):
          if last != UInt8(ascii: "\r") { rows += 1 }
          atFieldStart = true
        case UInt8(ascii: "\r"):
          rows += 1
          atFieldStart = true
        default:
          atFieldStart = false
        }
      }
    } catch {
      throw Self.failure(error, in: file)
    }
    return last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") ? rows : rows + 1
  }
}
