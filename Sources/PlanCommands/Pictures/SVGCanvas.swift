/// A rectangle on a picture, in pixels from the top left.
struct Frame: Equatable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var midX: Double { x + width / 2 }
  var midY: Double { y + height / 2 }
  var maxX: Double { x + width }
  var maxY: Double { y + height }
}

/// An SVG picture being drawn: shapes and text in the order added, with every text and
/// attribute value escaped, so that names holding markup, quotes or control characters
/// cannot break the document or inject anything into it.
struct SVGCanvas {
  private var defs: [String] = []
  private var body: [String] = []
  private var depth = 1

  /// Adds a marker (an arrowhead) that paths can end with, as `url(#id)`.
  mutating func arrowhead(id: String, colour: String) {
    defs.append(
      "<marker id=\"\(Self.escape(id))\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
        + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
        + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"\(Self.escape(colour))\"/></marker>")
  }

  /// Starts a group; `tooltip` lines become its `<title>`, which browsers show on hover.
  /// Each line is escaped on its own, so a line break inside a value stays escaped.
  mutating func beginGroup(tooltip: [String]? = nil, attributes: [(String, String)] = []) {
    add("<g" + Self.attributes(attributes) + ">")
    depth += 1
    if let tooltip {
      add("<title>" + tooltip.map(Self.escape).joined(separator: "\n") + "</title>")
    }
  }

  /// Ends the group begun last.
  mutating func endGroup() {
    depth -= 1
    add("</g>")
  }

  /// A rectangle with rounded corners.
  mutating func rect(
    _ frame: Frame, fill: String, stroke: String = "none", radius: Double = 0,
    extra: [(String, String)] = []
  ) {
    add(
      "<rect"
        + Self.attributes(
          [
            ("x", Self.number(frame.x)), ("y", Self.number(frame.y)),
            ("width", Self.number(frame.width)), ("height", Self.number(frame.height)),
            ("rx", Self.number(radius)), ("fill", fill), ("stroke", stroke),
          ] + extra) + "/>")
  }

  /// A circle.
  mutating func circle(
    x: Double, y: Double, radius: Double, fill: String,
    stroke: String = "none"
  ) {
    add(
      "<circle"
        + Self.attributes([
          ("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)),
          ("fill", fill), ("stroke", stroke),
        ]) + "/>")
  }

  /// A path (`d` is built by the caller from numbers only).
  mutating func path(
    _ d: String, stroke: String, width: Double = 1.5,
    extra: [(String, String)] = []
  ) {
    add(
      "<path"
        + Self.attributes(
          [
            ("d", d), ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(width)),
          ] + extra) + "/>")
  }

  /// One line of text; `style` adds attributes such as `font-weight`.
  mutating func text(
    _ text: String, x: Double, y: Double, size: Double = 12,
    colour: String = "#1f2933", anchor: String = "start", style: [(String, String)] = []
  ) {
    add(
      "<text"
        + Self.attributes(
          [
            ("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)),
            ("fill", colour), ("text-anchor", anchor),
          ] + style) + ">" + Self.escape(text) + "</text>")
  }

  private mutating func add(_ element: String) {
    body.append(String(repeating: "  ", count: depth) + element)
  }

  /// The whole document, `width` by `height` pixels, titled for screen readers.
  func document(width: Double, height: Double, title: String, summary: String) -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" "
        + "height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) "
        + "\(Self.number(height))\" role=\"img\" font-family=\"\(Self.fonts)\">",
      "  <title>" + Self.escape(title) + "</title>",
      "  <desc>" + Self.escape(summary) + "</desc>",
    ]
    if !defs.isEmpty { lines += ["  <defs>"] + defs.map { "    " + $0 } + ["  </defs>"] }
    lines.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
    return (lines + body + ["</svg>"]).joined(separator: "\n") + "\n"
  }

  static let fonts = "DejaVu Sans, Liberation Sans, Helvetica, Arial, sans-serif"

  /// A number as SVG writes it: at most one decimal, never an exponent.
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
    return String(Double(Int(tenths)) / 10)
  }

  private static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// `text` made safe as XML character data or an attribute value: control characters
  /// become visible escapes (XML 1.0 cannot hold most of them), U+FFFE and U+FFFF become
  /// U+FFFD, and `& < > " '` become entities.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in TerminalText.neutralized(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
