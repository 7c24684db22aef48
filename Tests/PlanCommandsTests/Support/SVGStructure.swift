import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG document read with Foundation's XML parser: its elements in document order,
/// for comparing pictures by structure (elements, classes, texts) rather than by bytes.
struct SVGStructure {
  let document: XMLDocument

  /// Parses `text`; a document that is not well-formed XML fails the test.
  init(_ text: String) throws {
    document = try XMLDocument(data: Data(text.utf8), options: [])
  }

  /// Every element, in order.
  var elements: [XMLElement] {
    var found: [XMLElement] = []
    func walk(_ node: XMLNode) {
      if let element = node as? XMLElement { found.append(element) }
      for child in node.children ?? [] { walk(child) }
    }
    if let root = document.rootElement() { walk(root) }
    return found
  }

  /// Elements named `name`, optionally only those whose class list holds `className`.
  func count(_ name: String, className: String? = nil) -> Int {
    elements.filter { element in
      element.name == name
        && (className.map { wanted in
          Self.attribute("class", of: element).split(separator: " ").contains(Substring(wanted))
        } ?? true)
    }.count
  }

  /// The value of attribute `name` of `element`, empty when it has none.
  static func attribute(_ name: String, of element: XMLElement) -> String {
    element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue ?? ""
  }

  /// The text of every `text` element, in order.
  var texts: [String] {
    elements.filter { $0.name == "text" }.map { $0.stringValue ?? "" }
  }

  /// The text of every `title` element (the tooltips), in order.
  var titles: [String] {
    elements.filter { $0.name == "title" }.map { $0.stringValue ?? "" }
  }

  /// One line per element: its name, its class if any, and its text if it holds text.
  var outline: [String] {
    elements.map { element in
      var line = element.name ?? "?"
      let kind = Self.attribute("class", of: element)
      if !kind.isEmpty { line += "." + kind }
      if ["text", "title", "desc"].contains(line) || line.hasPrefix("text") {
        line += " " + (element.stringValue ?? "")
      }
      return line
    }
  }
}

/// Golden pictures in Tests/Golden, named after their tests. Set
/// PLANSH_UPDATE_GOLDEN=1 to write them anew after a deliberate change (then look at them).
enum GoldenPicture {
  static func path(_ name: String) -> String {
    RealData.packageRoot.appendingPathComponent("Tests/Golden/\(name)").path
  }

  /// Compares `svg` with the golden file `name` by outline; writes it when asked to.
  static func check(_ svg: String, against name: String) throws {
    let file = path(name)
    if ProcessInfo.processInfo.environment["PLANSH_UPDATE_GOLDEN"] == "1" {
      try svg.write(toFile: file, atomically: true, encoding: .utf8)
    }
    let golden = try SVGStructure(String(contentsOfFile: file, encoding: .utf8))
    let actual = try SVGStructure(svg)
    #expect(actual.outline == golden.outline, "\(name) differs from its golden outline")
  }
}
