/// Where a CSV parser reads its bytes from: text in memory, or a file a buffer at a time.
/// A source leaves out a byte-order mark at its start.
protocol CSVByteSource {
  /// The next byte, or nil at the end.
  mutating func next() throws(CSVReader.Failure) -> UInt8?
}

/// The CSV state machine, one record at a time, over bytes: the same rules as
/// `CSVReader.rows` whether the bytes are a string in memory or a file of any size.
///
/// Lines count line feeds (a CR alone ends a row and a line too); columns count Unicode
/// scalars, so a place in a message matches what an editor shows.
struct CSVParser<Source: CSVByteSource> {
  private var source: Source
  private var pending: UInt8?
  private var line = 1
  private var column = 0
  private var field: [UInt8] = []
  private var row: [CSVReader.Field] = []
  private var start = (line: 1, column: 1)
  private var atFieldStart = true
  private var atEnd = false

  init(_ source: Source) throws(CSVReader.Failure) {
    self.source = source
    pending = try self.source.next()
    field.reserveCapacity(256)
  }

  /// The next non-blank record, or nil at the end of the input.
  mutating func nextRecord() throws(CSVReader.Failure) -> [CSVReader.Field]? {
    while !atEnd {
      if let record = try readRow(), !(record.count == 1 && record[0].text.isEmpty) {
        return record
      }
    }
    return nil
  }

  /// A row: fields up to an unquoted line break or the end of the input.
  private mutating func readRow() throws(CSVReader.Failure) -> [CSVReader.Field]? {
    var quoted = false
    var quoteStart = (line: 0, column: 0)
    while let byte = pending {
      pending = try source.next()
      if byte & 0xC0 != 0x80 { column += 1 }
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if pending == UInt8(ascii: "\"") {
            field.append(byte)
            pending = try source.next()
            column += 1
          } else {
            quoted = false
          }
        } else {
          // A quoted line break counts as a line as an unquoted one does: LF, or CR alone.
          if byte == UInt8(ascii: "\n")
            || (byte == UInt8(ascii: "\r") && pending != UInt8(ascii: "\n"))
          {
            line += 1
            column = 0
          }
          field.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\"") where atFieldStart:
        quoted = true
        atFieldStart = false
        quoteStart = (line, column)
      case UInt8(ascii: ","):
        try endField()
      case UInt8(ascii: "\r") where pending == UInt8(ascii: "\n"):
        continue
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        line += 1
        column = 0
        return try endRow()
      default:
        field.append(byte)
        atFieldStart = false
      }
    }
    atEnd = true
    if quoted {
      throw CSVReader.Failure(
        line: quoteStart.line, column: quoteStart.column,
        reason: "a quoted field is never closed")
    }
    if !field.isEmpty || !row.isEmpty { return try endRow() }
    return nil
  }

  private mutating func endField() throws(CSVReader.Failure) {
    guard let text = String(validating: field, as: UTF8.self) else {
      throw CSVReader.Failure(
        line: start.line, column: start.column, reason: "the field is not UTF-8 text")
    }
    row.append(CSVReader.Field(text: text, line: start.line, column: start.column))
    field.removeAll(keepingCapacity: true)
    atFieldStart = true
    start = (line, column + 1)
  }

  private mutating func endRow() throws(CSVReader.Failure) -> [CSVReader.Field] {
    try endField()
    defer { row = [] }
    return row
  }
}
