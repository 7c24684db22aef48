import Foundation

/// A transcript read back: its header and its records in order.
public struct Transcript: Sendable {
  /// One record: an input with its time and label, a line of output, or an error.
  public enum Record: Sendable, Equatable {
    case input(text: String, label: String, time: String, step: Int?)
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
    // A transcript copied through a system that wrote CRLF line ends is still the same
    // transcript: a raw carriage return never stands at a line's end otherwise (escaped).
    var lines: [String] = []
    for (index, bytes) in data.split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated()
    {
      guard let line = String(validating: bytes, as: UTF8.self) else {
        throw .damaged(path: path, line: index + 1, reason: "the line is not UTF-8 text")
      }
      if line.unicodeScalars.contains("\0") {
        throw .damaged(path: path, line: index + 1, reason: "the line holds a NUL byte")
      }
      lines.append(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
    if lines.last == "" {
      lines.removeLast()
    } else if !lines.isEmpty {
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
      guard let input = parseInput(body) else {
        throw .damaged(path: path, line: number, reason: "expected '> TIME LABEL | TEXT'")
      }
      return .input(
        text: try text(input.text), label: input.label, time: input.time, step: input.step)
    default:
      if line == "<" { return .output("") }
      throw .damaged(path: path, line: number, reason: "a line must start with '>', '<' or '!'")
    }
  }
}

extension Transcript {
  /// Splits `TIME LABEL | TEXT` or `TIME LABEL (step N) | TEXT`.
  static func parseInput(_ body: String)
    -> (time: String, label: String, step: Int?, text: String)?
  {
    guard let bar = body.range(of: " |") else { return nil }
    let head = body[..<bar.lowerBound].split(separator: " ", omittingEmptySubsequences: false)
    var rest = String(body[bar.upperBound...])
    guard rest.isEmpty || rest.hasPrefix(" ") else { return nil }
    if !rest.isEmpty { rest.removeFirst() }
    guard head.count == 2 || head.count == 4, Timestampish.isTimestamp(String(head[0])),
      !head[1].isEmpty, head[1].allSatisfy({ $0.isLetter || $0 == "-" })
    else { return nil }
    if head.count == 2 { return (String(head[0]), String(head[1]), nil, rest) }
    guard head[2] == "(step", head[3].hasSuffix(")"), let step = Int(head[3].dropLast()),
      step > 0
    else { return nil }
    return (String(head[0]), String(head[1]), step, rest)
  }
}

/// Checks the shape of stored timestamps.
enum Timestampish {
  static func isTimestamp(_ text: String) -> Bool {
    text.count == 20 && text.hasSuffix("Z") && (try? Date(text, strategy: .iso8601)) != nil
  }
}
