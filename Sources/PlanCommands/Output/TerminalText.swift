/// Makes stored text safe to show on a terminal: control characters become visible escapes.
public enum TerminalText {
  /// `text` with every control character (C0, DEL, C1, bidirectional overrides) written
  /// as `\n`, `\t` or `\u{1b}`.
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

  /// Whether `text` holds a control character (other than a line break when keeping
  /// lines), read byte by byte because this runs for every cell of every table. In UTF-8
  /// a C1 control is C2 80 to C2 9F, and the bidirectional controls U+202A-U+202E and
  /// U+2066-U+2069 are E2 80 AA-AE and E2 81 A6-A9.
  private static func holdsControl(_ text: String, keepingLines: Bool) -> Bool {
    var text = text
    return text.withUTF8 { holdsControl(utf8: $0, keepingLines: keepingLines) }
  }

  /// `holdsControl` for text already held as UTF-8 bytes.
  static func holdsControl(utf8 bytes: [UInt8], keepingLines: Bool) -> Bool {
    bytes.withUnsafeBufferPointer { holdsControl(utf8: $0, keepingLines: keepingLines) }
  }

  private static func holdsControl(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingLines: Bool)
    -> Bool
  {
    for index in bytes.indices {
      let byte = bytes[index]
      if byte >= 0x20 && byte < 0x7F { continue }  // printable ASCII: most bytes
      if (byte < 0x20 && !(keepingLines && byte == 0x0A)) || byte == 0x7F { return true }
      let second = index + 1 < bytes.count ? bytes[index + 1] : 0
      let third = index + 2 < bytes.count ? bytes[index + 2] : 0
      if byte == 0xC2 && (0x80...0x9F).contains(second) { return true }
      if byte == 0xE2 && second == 0x80 && (0xAA...0xAE).contains(third) { return true }
      if byte == 0xE2 && second == 0x81 && (0xA6...0xA9).contains(third) { return true }
    }
    return false
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
