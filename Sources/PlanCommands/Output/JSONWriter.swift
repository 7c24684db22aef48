/// Writes listings as JSON: an array of objects with the columns' keys, in column order.
public enum JSONWriter {
  /// `listing` as a JSON array, one object a line.
  public static func listing(_ listing: Listing) -> String {
    var bytes: [UInt8] = []
    withoutActuallyEscaping({ (piece: [UInt8]) in bytes += piece }) { write in
      var chunks = TextChunks(write)
      self.write(listing, into: &chunks)
      chunks.flush()
    }
    bytes.removeLast()
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `listing` as a JSON array and a line break, object by object.
  static func write(_ listing: Listing, into chunks: inout TextChunks) {
    if listing.rows.isEmpty { return chunks.line("[]") }
    chunks.line("[")
    let keys = listing.columns.map { string($0.key) + ": " }
    for (index, row) in listing.rows.enumerated() {
      let fields = zip(keys, row).map { key, value in key + self.value(value) }
      let last = index == listing.rows.count - 1
      chunks.line("  {" + fields.joined(separator: ", ") + (last ? "}" : "},"))
    }
    chunks.line("]")
  }

  /// A JSON value for `value`: money as a number of major units.
  public static func value(_ value: FieldValue) -> String {
    switch value {
    case .text(let text): return string(text)
    case .integer(let number): return String(number)
    case .money(let minor):
      return minor % 100 == 0 ? String(minor / 100) : String(Money.major(minor))
    case .flag(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }

  /// `text` as a JSON string literal. Control characters (C1 included), bidirectional
  /// controls and line separators are escaped, so nothing raw or reordering reaches a
  /// terminal; all else, emoji and right-to-left letters included, is kept as it is.
  public static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where isEscaped(scalar):
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
      return true
    default:
      return false
    }
  }
}
