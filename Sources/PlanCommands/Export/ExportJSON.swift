/// A JSON value to write, with exact integers and keys in the order given, printed the
/// same way every time so that equal plans give byte-identical exports.
indirect enum ExportJSON: Equatable {
  case null
  case bool(Bool)
  case integer(Int64)
  case string(String)
  case array([ExportJSON])
  case object([(String, ExportJSON)])

  /// Equal when they read the same.
  static func == (left: ExportJSON, right: ExportJSON) -> Bool {
    left.text() == right.text()
  }

  /// Text or null.
  static func optional(_ text: String?) -> ExportJSON { text.map(ExportJSON.string) ?? .null }

  /// A number or null.
  static func optional(_ number: Int64?) -> ExportJSON { number.map(ExportJSON.integer) ?? .null }

  /// The value printed with two-space indents, one member or item a line.
  func text(indent: String = "") -> String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .integer(let number): return String(number)
    case .string(let text): return Self.quoted(text)
    case .array(let items):
      if items.isEmpty { return "[]" }
      let inner = indent + "  "
      let lines = items.map { inner + $0.text(indent: inner) }
      return "[\n" + lines.joined(separator: ",\n") + "\n" + indent + "]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      let inner = indent + "  "
      let lines = members.map { inner + Self.quoted($0.0) + ": " + $0.1.text(indent: inner) }
      return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
    }
  }

  /// `text` as a JSON string, escaped as every JSON plansh writes.
  static func quoted(_ text: String) -> String { JSONWriter.string(text) }
}
