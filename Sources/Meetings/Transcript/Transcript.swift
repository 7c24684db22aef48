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
    var reader = try TranscriptReader(path: path)
    var records: [(line: Int, record: Record)] = []
    while let entry = try reader.next() { records.append(entry) }
    return Transcript(path: path, header: reader.header, records: records)
  }

  static func record(_ line: String, line number: Int, path: String)
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
