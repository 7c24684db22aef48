/// A Graphviz DOT graph being written. Node ids are made by plansh (`c1`, `i2`), never
/// taken from data; every label and attribute value is a quoted, escaped string.
struct DOTGraph {
  private var lines: [String]
  private var depth = 1

  /// A directed graph with graph-wide attributes.
  init(name: String, attributes: [(String, String)]) {
    lines = ["digraph " + Self.quoted(name) + " {"]
    lines.append("  graph" + Self.attributes(attributes) + ";")
  }

  /// Default attributes of every node.
  mutating func nodeDefaults(_ attributes: [(String, String)]) {
    add("node" + Self.attributes(attributes) + ";")
  }

  /// Default attributes of every edge.
  mutating func edgeDefaults(_ attributes: [(String, String)]) {
    add("edge" + Self.attributes(attributes) + ";")
  }

  /// A node; its label lines are joined with DOT's own `\n`.
  mutating func node(_ id: String, label: [String], attributes: [(String, String)] = []) {
    add(id + Self.attributes(attributes, label: label) + ";")
  }

  /// An edge from `from` to `to`.
  mutating func edge(_ from: String, _ to: String, attributes: [(String, String)] = []) {
    add(from + " -> " + to + Self.attributes(attributes) + ";")
  }

  /// Starts a subgraph: a labelled cluster when `cluster`, else a plain group.
  mutating func beginSubgraph(_ id: String, label: String?, attributes: [(String, String)] = []) {
    add("subgraph " + id + " {")
    depth += 1
    if let label { add("label=" + Self.quoted(label) + ";") }
    for (key, value) in attributes { add(key + "=" + Self.quoted(value) + ";") }
  }

  /// Ends the subgraph begun last.
  mutating func endSubgraph() {
    depth -= 1
    add("}")
  }

  private mutating func add(_ line: String) {
    lines.append(String(repeating: "  ", count: depth) + line)
  }

  /// The graph's text.
  var text: String { (lines + ["}"]).joined(separator: "\n") + "\n" }

  /// `[key="value", ...]`, led by `label` lines when given.
  private static func attributes(_ pairs: [(String, String)], label: [String]? = nil)
    -> String
  {
    var parts = label.map { ["label=" + labelText($0)] } ?? []
    parts += pairs.filter { label == nil || $0.0 != "label" }.map { $0.0 + "=" + quoted($0.1) }
    return parts.isEmpty ? "" : " [" + parts.joined(separator: ", ") + "]"
  }

  /// Label lines as one quoted string, each line escaped, joined by `\n`.
  static func labelText(_ lines: [String]) -> String {
    "\"" + lines.map(escape).joined(separator: "\\n") + "\""
  }

  /// `text` as a quoted DOT string.
  static func quoted(_ text: String) -> String { "\"" + escape(text) + "\"" }

  /// `text` made safe inside a quoted DOT string: control characters become visible
  /// escapes first, then every backslash is doubled (so data never forms `\n`, `\l` or
  /// `\N`) and every double quote is escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in TerminalText.neutralized(text) {
      if character == "\\" || character == "\"" { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
