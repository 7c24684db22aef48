/// Writes listings as JSON: an array of objects with the columns' keys, in column order.
public enum JSONWriter {
  /// `listing` as a JSON array, one object a line.
  public static func listing(_ listing: Listing) -> String {
    if listing.rows.isEmpty { return "[]" }
    let objects = listing.rows.map { row in
      let fields = zip(listing.columns, row).map { column, value in
        string(column.key) + ": " + self.value(value)
      }
      return "  {" + fields.joined(separator: ", ") + "}"
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]"
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
