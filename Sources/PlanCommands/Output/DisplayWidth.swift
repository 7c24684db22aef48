/// Terminal column widths of text, counting wide (East Asian, emoji) characters as two.
public enum DisplayWidth {
  /// Columns `text` takes on a terminal.
  public static func of(_ text: String) -> Int {
    if let width = latinWidth(text, allowingControls: true) { return width }
    return text.reduce(0) { $0 + of($1) }
  }

  /// The width of `text` when it is plain: printable ASCII and Latin-1 characters only
  /// (`é`, `·`), no control characters, so it can be shown as it is; nil otherwise.
  static func plainWidth(_ text: String) -> Int? {
    latinWidth(text, allowingControls: false)
  }

  /// The width of text made only of printable ASCII and Latin-1 characters, one column
  /// each, counted from its bytes without looking up Unicode properties; nil for any other
  /// text. In UTF-8 a Latin-1 character is C2 or C3 and one byte after it; C2 80 to C2 9F
  /// are the C1 control characters.
  private static func latinWidth(_ text: String, allowingControls: Bool) -> Int? {
    var text = text
    return text.withUTF8 { bytes in
      var width = 0
      var previous: UInt8 = 0
      for byte in bytes {
        switch byte {
        case 0x20...0x7E, 0xC2, 0xC3: width += 1
        case 0x80...0x9F where previous == 0xC2 && !allowingControls: return nil
        case 0x80...0xBF: break
        default: return nil
        }
        previous = byte
      }
      return width
    }
  }

  /// Columns one character takes: 0 for a combining mark alone, 2 for wide ones.
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) {
      return 2
    }
    if character.unicodeScalars.count > 1
      && character.unicodeScalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2
    }
    if first.properties.generalCategory == .nonspacingMark { return 0 }
    return isWide(first.value) ? 2 : 1
  }

  /// Cuts `text` to at most `width` columns, ending in `…` when cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    if of(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let size = of(character)
      if used + size > width - 1 { break }
      result.append(character)
      used += size
    }
    return result + "…"
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
