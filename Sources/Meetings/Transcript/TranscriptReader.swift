/// Reads a transcript a record at a time: its header when opened, then each record with
/// the file line it came from. A replay holds one record at a time, not the file.
public struct TranscriptReader {
  public let path: String
  public let header: [String: String]
  private let file: FileLineReader
  private var lineNumber = 0

  /// Opens `path` and reads its header; `contents`, when given, are read instead of the
  /// file, which has been read already.
  public init(path: String, contents: [UInt8]? = nil) throws(TranscriptError) {
    guard let file = contents.map(FileLineReader.init(bytes:)) ?? FileLineReader(path: path)
    else { throw .cannotRead(path: path) }
    self.path = path
    self.file = file
    var reading = Self.HeaderLines(path: path, file: file)
    header = try reading.fields()
    lineNumber = reading.lineNumber
  }

  /// The next record, or nil after the last; a damaged line throws with its number.
  public mutating func next() throws(TranscriptError) -> (line: Int, record: Transcript.Record)? {
    guard let line = try Self.nextLine(file, path: path, number: &lineNumber) else { return nil }
    return (lineNumber, try Transcript.record(line, line: lineNumber, path: path))
  }

  /// The next line as text: UTF-8, no NUL, ended by a line feed (a CR before it dropped,
  /// so a transcript copied with CRLF line ends reads the same).
  fileprivate static func nextLine(_ file: FileLineReader, path: String, number: inout Int)
    throws(TranscriptError) -> String?
  {
    let next: (bytes: ArraySlice<UInt8>, terminated: Bool)?
    do {
      next = try file.next()
    } catch {
      throw .damaged(path: path, line: number + 1, reason: "cannot read: \(error.reason)")
    }
    guard let next else { return nil }
    number += 1
    guard next.terminated else {
      throw .damaged(path: path, line: number, reason: "the last line is cut short")
    }
    guard var line = String(validating: next.bytes, as: UTF8.self) else {
      throw .damaged(path: path, line: number, reason: "the line is not UTF-8 text")
    }
    if next.bytes.contains(0) {
      throw .damaged(path: path, line: number, reason: "the line holds a NUL byte")
    }
    if line.hasSuffix("\r") { line.removeLast() }
    return line
  }

  /// The magic line and `field: value` lines up to `---`.
  private struct HeaderLines {
    let path: String
    let file: FileLineReader
    var lineNumber = 0

    mutating func fields() throws(TranscriptError) -> [String: String] {
      let magic = try TranscriptReader.nextLine(file, path: path, number: &lineNumber)
      let first = magic?.split(separator: " ")
      guard let first, first.count == 2, first[0] == TranscriptFormat.magic else {
        throw .notATranscript(path: path)
      }
      guard let version = Int(first[1]) else {
        throw .damaged(path: path, line: 1, reason: "the format version is not a number")
      }
      if version > TranscriptFormat.version { throw .newerVersion(path: path, found: version) }
      var fields: [String: String] = [:]
      while let line = try TranscriptReader.nextLine(file, path: path, number: &lineNumber) {
        if line == TranscriptFormat.headerEnd { return fields }
        guard let colon = line.range(of: ": "),
          let value = TranscriptFormat.unescape(String(line[colon.upperBound...]))
        else {
          throw .damaged(
            path: path, line: lineNumber, reason: "expected 'field: value' in the header")
        }
        fields[String(line[..<colon.lowerBound])] = value
      }
      throw .damaged(path: path, line: lineNumber, reason: "the header never ends ('---')")
    }
  }
}

extension TranscriptReader {
  /// Reads every line of `path`, keeping none, and counts its inputs: a replay checks
  /// the whole file before it runs anything.
  public static func countInputs(path: String, contents: [UInt8]? = nil)
    throws(TranscriptError) -> Int
  {
    var reader = try TranscriptReader(path: path, contents: contents)
    var inputs = 0
    while let entry = try reader.next() {
      if case .input = entry.record { inputs += 1 }
    }
    return inputs
  }

  /// The whole of `path` if it is a pipe or a device, which a replay reads twice but the
  /// system gives only once; nil for a regular file, read from disk on each pass.
  public static func contentsUnlessRegular(path: String) throws(TranscriptError) -> [UInt8]? {
    do {
      return try FileLineReader.contentsUnlessRegular(path: path)
    } catch {
      throw .damaged(path: path, line: 1, reason: "cannot read: \(error.reason)")
    }
  }
}
