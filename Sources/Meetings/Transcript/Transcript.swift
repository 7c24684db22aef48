import Foundation

/// A transcript read back: its header and its records in order.
public struct Transcript: Sendable {
  /// One record: an input with its time and label, a line of output, or an error.
  public enum Record: Sendable, Equatable {
    case input(text: String, label: String, time: String)
    case output(String)
    case diagnostic(String)
  }

  public let path: String
  public let header: [String: String]
  /// Each record with the file line it came from.
  public let records: [(line: Int, record: Record)]

  /// Reads and checks the whole file; a damaged line stops the read with its number.
  public static func read(path: String) throws(TranscriptError) -> Transcript {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .cannotRead(path: path)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .damaged(path: path, line: 1, reason: "the file is not UTF-8 text")
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() } else if !lines.isEmpty {
      throw .damaged(path: path, line: lines.count, reason: "the last line is cut short")
    }
    let header = try readHeader(lines, path: path)
    var records: [(Int, Record)] = []
    for index in (header.bodyStart)..<lines.count {
      records.append((index + 1, try record(lines[index], line: index + 1, path: path)))
    }
    return Transcript(path: path, header: header.fields, records: records)
  }

  private static func readHeader(_ lines: [String], path: String) throws(TranscriptError)
    -> (fields: [String: String], bodyStart: Int)
  {
    let first = lines.first?.split(separator: " ")
    guard let first, first.count == 2, first[0] == TranscriptFormat.magic else {
      throw .notATranscript(path: path)
    }
    guard let version = Int(first[1]) else {
      throw .damaged(path: path, line: 1, reason: "the format version is not a number")
    }
    if version > TranscriptFormat.version { throw .newerVersion(path: path, found: version) }
    var fields: [String: String] = [:]
    for index in 1..<lines.count {
      if lines[index] == TranscriptFormat.headerEnd { return (fields, index + 1) }
      guard let colon = lines[index].range(of: ": "),
        let value = TranscriptFormat.unescape(String(lines[index][colon.upperBound...]))
      else {
        throw .damaged(path: path, line: index + 1, reason: "expected 'field: value' in the header")
      }
      fields[String(lines[index][..<colon.lowerBound])] = value
    }
    throw .damaged(path: path, line: lines.count, reason: "the header never ends ('---')")
  }

  private static func record(_ line: String, line number: Int, path: String)
    throws(TranscriptError) -> Record
  {
    let tag = line.prefix(2)
    let body = String(line.dropFirst(2))
    func text(_ raw: String) throws(TranscriptError) -> String {
      guard let decoded = TranscriptFormat.unescape(raw) else {
        throw .damaged(path: path, line: number, reason: "a bad escape in '\(raw)'")
      }
      return decoded
    }
    switch tag {
    case "< ": return .output(try text(body))
    case "! ": return .diagnostic(try text(body))
    case "> ":
      let parts = body.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3, Timestampish.isTimestamp(String(parts[0])), !parts[1].isEmpty,
        parts[2].hasPrefix("| ") || parts[2] == "|"
      else {
        throw .damaged(path: path, line: number, reason: "expected '> TIME LABEL | TEXT'")
      }
      return .input(
        text: try text(String(parts[2].dropFirst(2))), label: String(parts[1]),
        time: String(parts[0]))
    default:
      if line == "<" { return .output("") }
      throw .damaged(path: path, line: number, reason: "a line must start with '>', '<' or '!'")
    }
  }
}

/// Checks the shape of stored timestamps.
enum Timestampish {
  static func isTimestamp(_ text: String) -> Bool {
    text.count == 20 && text.hasSuffix("Z") && (try? Date(text, strategy: .iso8601)) != nil
  }
}
