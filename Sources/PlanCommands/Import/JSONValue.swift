import Foundation

/// A parsed JSON value; objects keep their keys in file order.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (left: JSONValue, right: JSONValue) -> Bool {
    switch (left, right) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// The member `key` of an object (the first, if repeated).
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
    return nil
  }

  /// The member whose key matches `key` ignoring case, as Salesforce field names do.
  /// The exact spelling, which exports use, is looked for first.
  public func field(_ key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    if let exact = members.first(where: { $0.0 == key }) { return exact.1 }
    return members.first { Self.equalIgnoringCase($0.0, key) }?.1
  }

  /// ASCII names compare byte by byte; others as Foundation compares them.
  private static func equalIgnoringCase(_ left: String, _ right: String) -> Bool {
    var leftBytes = left.utf8.makeIterator()
    var rightBytes = right.utf8.makeIterator()
    while true {
      switch (leftBytes.next(), rightBytes.next()) {
      case (nil, nil): return true
      case (let a?, let b?) where a < 0x80 && b < 0x80:
        if a != b && lowercased(a) != lowercased(b) { return false }
      case (nil, _), (_, nil): return false
      default: return left.caseInsensitiveCompare(right) == .orderedSame
      }
    }
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
  }

  /// A string, or a number or boolean written as text; nil for null and containers.
  public var text: String? {
    switch self {
    case .string(let text): return text
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15
        ? String(Int64(number)) : String(number)
    case .bool(let value): return value ? "true" : "false"
    default: return nil
    }
  }

  public var array: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }
}
