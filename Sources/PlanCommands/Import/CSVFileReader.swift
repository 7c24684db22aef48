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
  /// a field: what a progress bar needs before a long import starts.
  static func countRows(of file: String) throws(ImportError) -> Int {
    guard let bytes = CSVFileBytes(path: file) else { throw .missing(path: file) }
    var rows = 0
    var quoted = false
    var last: UInt8 = UInt8(ascii: "\n")
    do {
      while let byte = try bytes.next() {
        if byte == UInt8(ascii: "\"") {
          quoted.toggle()
        } else if !quoted, byte == UInt8(ascii: "\n"), last != UInt8(ascii: "\r") {
          rows += 1
        } else if !quoted, byte == UInt8(ascii: "\r") {
          rows += 1
        }
        last = byte
      }
    } catch {
      throw Self.failure(error, in: file)
    }
    return last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") ? rows : rows + 1
  }
}
