/// The transcript file format, version 1.
///
/// ```
/// plansh-transcript 1
/// plansh: 0.1.0
/// schema: 1
/// plan: Alpha Dynamics
/// ...more header fields...
/// ---
/// > 2026-12-04T15:00:03Z shell | meet --participants 'Ana, Ben'
/// < Meeting 1: Test & Improve ...
/// > 2026-12-04T15:01:10Z feedback | Ana: the target looks low
/// < captured feedback 1 from Ana
/// ! error: ...
/// ```
/// `>` lines are inputs with their time and what they answered, `<` lines are output and
/// `!` lines are error messages. Backslashes and control characters in text are escaped,
/// so every record is one line.
public enum TranscriptFormat {
  public static let magic = "plansh-transcript"
  public static let version = 1
  public static let headerEnd = "---"

  /// `text` with `\` and control characters escaped, so it fits on one line.
  public static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
        result += "\\u{" + String(scalar.value, radix: 16) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Reverses `escape`; nil when the text holds an escape `escape` never writes.
  public static func unescape(_ text: String) -> String? {
    var result = ""
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\\" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalars.next() {
      case "\\": result += "\\"
      case "n": result += "\n"
      case "r": result += "\r"
      case "t": result += "\t"
      case "u":
        guard scalars.next() == "{" else { return nil }
        var hex = ""
        var closed = false
        while let digit = scalars.next() {
          if digit == "}" {
            closed = true
            break
          }
          hex.unicodeScalars.append(digit)
        }
        guard closed, let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value)
        else { return nil }
        result.unicodeScalars.append(decoded)
      default: return nil
      }
    }
    return result
  }
}
