import Foundation

/// Money as integer minor units (cents), parsed from and written as text people use.
public enum Money {
  /// Parses `125000`, `125,000.50`, `87.5k` or `1.2m` into minor units.
  public static func parse(_ text: String) -> Int64? {
    var body = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
    var scale: Double = 1
    if let last = body.last?.lowercased() {
      if last == "k" { scale = 1_000 } else if last == "m" { scale = 1_000_000 }
      if scale != 1 { body.removeLast() }
    }
    let negative = body.hasPrefix("-")
    if negative { body.removeFirst() }
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      body.filter({ $0 == "." }).count <= 1, let value = Double(body)
    else { return nil }
    let minor = (value * scale * 100).rounded()
    guard minor < 9e17 else { return nil }
    return Int64(minor) * (negative ? -1 : 1)
  }

  /// Minor units written as `125,000` or `125,000.50`.
  public static func format(_ minor: Int64) -> String {
    // Written byte by byte from the right: maps and reports format tens of thousands.
    let magnitude = minor.magnitude
    let cents = UInt8(magnitude % 100)
    var whole = magnitude / 100
    var digits = 1
    var rest = whole
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    let length = (minor < 0 ? 1 : 0) + digits + (digits - 1) / 3 + (cents == 0 ? 0 : 3)
    return String(unsafeUninitializedCapacity: length) { bytes in
      var end = length
      if cents != 0 {
        bytes[end - 3] = UInt8(ascii: ".")
        bytes[end - 2] = UInt8(ascii: "0") + cents / 10
        bytes[end - 1] = UInt8(ascii: "0") + cents % 10
        end -= 3
      }
      for written in 0..<digits {
        if written > 0 && written % 3 == 0 {
          end -= 1
          bytes[end] = UInt8(ascii: ",")
        }
        end -= 1
        bytes[end] = UInt8(ascii: "0") + UInt8(whole % 10)
        whole /= 10
      }
      if minor < 0 { bytes[0] = UInt8(ascii: "-") }
      return length
    }
  }

  /// Minor units written short for narrow columns: `950`, `12.5k`, `3m`, `120m`, `1.2b`.
  public static func compact(_ minor: Int64) -> String {
    let sign = minor < 0 ? "-" : ""
    let whole = (minor.magnitude + 50) / 100
    for (unit, suffix) in [(UInt64(1_000_000_000), "b"), (1_000_000, "m"), (1_000, "k")] {
      let tenths = (whole * 10 + unit / 2) / unit
      if tenths < 10 { continue }
      let short = tenths >= 1_000 || tenths % 10 == 0
      return sign + (short ? String((tenths + 5) / 10) : "\(tenths / 10).\(tenths % 10)") + suffix
    }
    return sign + String(whole)
  }

  /// Minor units as a number of major units for JSON: whole when it has no cents.
  public static func major(_ minor: Int64) -> Double { Double(minor) / 100 }
}
