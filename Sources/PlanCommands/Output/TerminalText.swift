/// Makes stored text safe to show on a terminal: control characters become visible escapes.
public enum TerminalText {
  /// `text` with every control character (C0, DEL, C1) written as `\n`, `\t` or `\u{1b}`.
  public static func neutralized(_ text: String) -> String {
    guard holdsControl(text, keepingLines: false) else { return text }
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
    guard holdsControl(text, keepingLines: true) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { neutralized(String($0)) }.joined(separator: "\n")
  }

  /// Whether `text` holds a control character (other than a line break when keeping lines),
  /// read byte by byte: in UTF-8 a C1 control is the two bytes C2 80 to C2 9F.
  private static func holdsControl(_ text: String, keepingLines: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        if (byte < 0x20 && !(keepingLines && byte == 0x0A)) || byte == 0x7F { return true }
        if previous == 0xC2 && (0x80...0x9F).contains(byte) { return true }
        previous = byte
      }
      return false
    }
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
