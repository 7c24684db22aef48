/// Makes stored text safe to show on a terminal: control characters become visible escapes.
public enum TerminalText {
  /// `text` with every control character (C0, DEL, C1, bidirectional overrides) written
  /// as `\n`, `\t` or `\u{1b}`.
  public static func neutralized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      guard isControl(scalar) else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default: result += "\\u{" + String(scalar.value, radix: 16) + "}"
      }
    }
    return result
  }

  /// Like `neutralized`, but keeps line breaks, for multi-line text.
  public static func neutralizedKeepingLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { neutralized(String($0)) }.joined(separator: "\n")
  }

  /// C0, DEL and C1 controls, and the bidirectional embedding, override and isolate
  /// controls, which would reorder the text around them on the screen.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
