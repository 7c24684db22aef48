/// A strict JSON parser (RFC 8259) that says where a document is wrong: line and column.
public struct JSONParser {
  /// Where and why a document failed to parse.
  public struct Failure: Error, Equatable {
    public let line: Int
    public let column: Int
    public let reason: String
  }

  private let bytes: [UInt8]
  private var offset = 0
  private var depth = 0
  /// For `location(of:in:)`: the path sought, the path of the value being read, and
  /// where the sought value was found.
  private var target: String?
  private var path: [String] = []
  private var found: Int?

  /// Parses `text` into one JSON value; a byte-order mark at the start is allowed.
  public static func parse(_ text: String) throws(Failure) -> JSONValue {
    var parser = JSONParser(bytes: Array(text.utf8))
    if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
    let value = try parser.value()
    parser.skipSpace()
    if parser.offset < parser.bytes.count {
      throw parser.failure("unexpected text after the value")
    }
    return value
  }

  /// Where the value at `path` (`accounts[2].parent`: keys joined by dots, array items
  /// by their 0-based index in brackets) starts in `text`, or nil when there is none.
  public static func location(of path: String, in text: String) -> (line: Int, column: Int)? {
    var parser = JSONParser(bytes: Array(text.utf8))
    if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
    parser.target = path
    _ = try? parser.value()
    guard let found = parser.found else { return nil }
    parser.offset = found
    let place = parser.failure("")
    return (place.line, place.column)
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// Notes the path of the value about to be read when a location is sought.
  private mutating func enter(_ component: String) {
    guard target != nil else { return }
    path.append(path.isEmpty || component.hasPrefix("[") ? component : "." + component)
  }

  private mutating func leave() {
    if target != nil { path.removeLast() }
  }

  private mutating func value() throws(Failure) -> JSONValue {
    skipSpace()
    if let target, found == nil, path.joined() == target { found = offset }
    guard offset < bytes.count else { throw failure("the document ends where a value should be") }
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      return try nested { (parser: inout JSONParser) throws(Failure) in
        try parser.object()
      }
    case UInt8(ascii: "["):
      return try nested { (parser: inout JSONParser) throws(Failure) in
        try parser.array()
      }
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    default: return .number(try number())
    }
  }

  private mutating func nested(_ body: (inout JSONParser) throws(Failure) -> JSONValue)
    throws(Failure) -> JSONValue
  {
    depth += 1
    if depth > 200 { throw failure("values are nested more than 200 deep") }
    defer { depth -= 1 }
    return try body(&self)
  }

  private mutating func object() throws(Failure) -> JSONValue {
    offset += 1
    var members: [(String, JSONValue)] = []
    skipSpace()
    if peek == UInt8(ascii: "}") { offset += 1; return .object(members) }
    while true {
      skipSpace()
      guard peek == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
      let key = try string()
      skipSpace()
      guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
      offset += 1
      enter(key)
      members.append((key, try value()))
      leave()
      skipSpace()
      if peek == UInt8(ascii: ",") { offset += 1; continue }
      if peek == UInt8(ascii: "}") { offset += 1; return .object(members) }
      throw failure("expected ',' or '}' in an object")
    }
  }

  private mutating func array() throws(Failure) -> JSONValue {
    offset += 1
    var items: [JSONValue] = []
    skipSpace()
    if peek == UInt8(ascii: "]") { offset += 1; return .array(items) }
    while true {
      enter("[\(items.count)]")
      items.append(try value())
      leave()
      skipSpace()
      if peek == UInt8(ascii: ",") { offset += 1; continue }
      if peek == UInt8(ascii: "]") { offset += 1; return .array(items) }
      throw failure("expected ',' or ']' in an array")
    }
  }

  private mutating func string() throws(Failure) -> String {
    offset += 1
    var scalars: [UInt8] = []
    while offset < bytes.count {
      let byte = bytes[offset]
      offset += 1
      if byte == UInt8(ascii: "\"") {
        return String(decoding: scalars, as: UTF8.self)
      }
      if byte < 0x20 { offset -= 1; throw failure("a control character inside a string") }
      if byte != UInt8(ascii: "\\") { scalars.append(byte); continue }
      guard offset < bytes.count else { break }
      let escape = bytes[offset]
      offset += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
      case UInt8(ascii: "b"): scalars.append(8)
      case UInt8(ascii: "f"): scalars.append(12)
      case UInt8(ascii: "n"): scalars.append(10)
      case UInt8(ascii: "r"): scalars.append(13)
      case UInt8(ascii: "t"): scalars.append(9)
      case UInt8(ascii: "u"): scalars.append(contentsOf: try unicodeEscape())
      default:
        offset -= 1; throw failure("an unknown escape '\\\(Character(UnicodeScalar(escape)))'")
      }
    }
    throw failure("a string is not closed")
  }

  private mutating func unicodeEscape() throws(Failure) -> [UInt8] {
    var code = try hexQuad()
    if (0xD800..<0xDC00).contains(code), bytes.count >= offset + 6,
      bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
    {
      offset += 2
      let low = try hexQuad()
      guard (0xDC00..<0xE000).contains(low) else { throw failure("an unpaired surrogate") }
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(code) else { throw failure("an unpaired surrogate") }
    return Array(String(Character(scalar)).utf8)
  }

  private mutating func hexQuad() throws(Failure) -> UInt32 {
    guard offset + 4 <= bytes.count,
      let code = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
    else { throw failure("expected four hex digits after \\u") }
    offset += 4
    return code
  }

  private mutating func number() throws(Failure) -> Double {
    let start = offset
    let allowed = Set("+-0123456789.eE".utf8)
    while offset < bytes.count, allowed.contains(bytes[offset]) { offset += 1 }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    // RFC 8259: no leading zeros, digits on both sides of '.', digits after the exponent.
    let valid = text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil
    guard valid, let number = Double(text), number.isFinite else {
      offset = start
      throw failure("expected a value")
    }
    return number
  }

  private mutating func literal(_ word: String) throws(Failure) {
    let expected = Array(word.utf8)
    guard bytes.count >= offset + expected.count,
      Array(bytes[offset..<offset + expected.count]) == expected
    else { throw failure("expected a value") }
    offset += expected.count
  }

  private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private mutating func skipSpace() {
    while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      offset += 1
    }
  }

  private func failure(_ reason: String) -> Failure {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return Failure(line: line, column: column, reason: reason)
  }
}
