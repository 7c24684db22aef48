import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Hostile text survives import and export, and is escaped in every output")
struct HostileTextTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try HostilePlan.build(in: fixture)
  }

  private func file(_ name: String) -> String { fixture.folder.appendingPathComponent(name).path }

  private func read(_ name: String) throws -> String {
    try String(contentsOfFile: file(name), encoding: .utf8)
  }

  @Test("every hostile text comes back unchanged through export and import")
  func exportRoundTrip() throws {
    try fixture.run("plan export --output " + Quoting.quote(file("h.json")))
    let exported = try read("h.json")
    let other = try SessionFixture()
    try other.run("plan import " + Quoting.quote(file("h.json")))
    try other.run("plan export --output " + Quoting.quote(file("h2.json")))

    #expect(try read("h2.json") == exported)
    #expect(!HostileText.hasRawControl(exported, allowingLineBreaks: true))
    let names = try other.store.contacts(planID: other.planID()).map(\.name)
    #expect(Set(names) == Set(HostileText.samples))
    let original = try fixture.store.snapshot(planID: fixture.planID())
    #expect(try other.store.snapshot(planID: other.planID()) == original)
  }

  @Test("every SVG picture is well-formed, with hostile text as text and never as markup")
  func svgEscapes() throws {
    for (command, name) in [
      ("contact map", "r.svg"), ("insight map", "i.svg"), ("opportunity map", "o.svg"),
    ] {
      try fixture.run("\(command) --svg " + Quoting.quote(file(name)))
      let text = try read(name)
      let picture = try SVGStructure(text)

      #expect(picture.count("script") == 0 && picture.count("b") == 0, "\(name)")
      #expect(!HostileText.hasRawControl(text, allowingLineBreaks: true), "\(name)")
      #expect(!picture.texts.contains { HostileText.hasRawControl($0) }, "\(name)")
      #expect(picture.titles.joined().contains("<script>alert(\"x\")</script>"), "\(name)")
      #expect(!text.contains("<text><text>injected"), "\(name)")
    }
    let relationships = try SVGStructure(read("r.svg"))
    #expect(relationships.titles.contains { $0.contains("two\\nlines\\r\\nthree") })
    #expect(relationships.titles.contains { $0.contains("חברת אור \\u{202e}RLO\\u{202c}") })
    #expect(relationships.texts.contains("🚀 Rocket 👩‍💻 team"))
  }

  @Test("every DOT graph keeps each quoted string closed on its own line")
  func dotEscapes() throws {
    for (command, name) in [("contact map", "r.dot"), ("insight map", "i.dot")] {
      try fixture.run("\(command) --dot " + Quoting.quote(file(name)))
      let text = try read(name)

      #expect(!HostileText.hasRawControl(text, allowingLineBreaks: true), "\(name)")
      for line in text.split(separator: "\n") {
        #expect(Self.quotesBalance(String(line)), "unbalanced quotes in \(name): \(line)")
      }
    }
    #expect(try read("r.dot").contains("\\\"]; evil -> node [label=\\\"x"))
  }

  /// Whether every `"` that opens a DOT string is closed on the same line, skipping
  /// backslash escapes.
  static func quotesBalance(_ line: String) -> Bool {
    var inside = false
    var escaped = false
    for character in line {
      if escaped {
        escaped = false
      } else if character == "\\" && inside {
        escaped = true
      } else if character == "\"" {
        inside.toggle()
      }
    }
    return !inside
  }

  @Test(
    "a Graphviz that is installed reads every DOT graph",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"),
      "Graphviz (/usr/bin/dot) is not installed"))
  func graphvizReadsDot() throws {
    for (command, name) in [("contact map", "r.dot"), ("insight map", "i.dot")] {
      try fixture.run("\(command) --dot " + Quoting.quote(file(name)))
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
      process.arguments = ["-Tsvg", "-o", "/dev/null", file(name)]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "dot refused \(name)")
    }
  }

  @Test("CSV output quotes and defuses hostile text, and shows control characters as escapes")
  func csvEscapes() throws {
    let text = try fixture.run("contact list --format csv")
    let rows = try CSVReader.rows(text)
    let names = rows.dropFirst().map { $0[1] }

    #expect(!HostileText.hasRawControl(text, allowingLineBreaks: true))
    #expect(rows.allSatisfy { $0.count == rows[0].count })
    for sample in HostileText.samples {
      var expected = TerminalText.neutralizedKeepingLines(sample)
      if "=+-@".contains(expected.first ?? " ") { expected = "'" + expected }
      #expect(names.contains(expected), "CSV lost \(sample.debugDescription)")
    }
  }

  @Test("Markdown output escapes markup so every row keeps its cells")
  func markdownEscapes() throws {
    let text = try fixture.run("contact list --format markdown")
    let lines = text.split(separator: "\n").map(String.init)
    let columns = lines[0].filter { $0 == "|" }.count

    #expect(!HostileText.hasRawControl(text, allowingLineBreaks: true))
    #expect(lines.count == HostileText.samples.count + 2)
    for line in lines {
      #expect(Self.unescapedCount("|", in: line) == columns, "\(line)")
      #expect(Self.unescapedCount("<", in: line) == 0, "\(line)")
      #expect(Self.unescapedCount("&", in: line) == 0, "\(line)")
    }
  }

  private static func unescapedCount(_ wanted: Character, in line: String) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == wanted {
        count += 1
      }
    }
    return count
  }

  @Test("JSON listings escape control characters and read back to the very same text")
  func jsonListing() throws {
    let text = try fixture.run("contact list --format json")
    let parsed = try JSONParser.parse(text)
    let names = (parsed.array ?? []).compactMap { $0["name"]?.text }

    #expect(!HostileText.hasRawControl(text, allowingLineBreaks: true))
    #expect(Set(names) == Set(HostileText.samples))
  }

  @Test("a CSV file of hostile names imports every name unchanged")
  func csvImport() throws {
    let other = try SessionFixture()
    try other.run("plan new Target")
    let quoted = HostileText.samples.map {
      "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"")
        + "\""
    }
    let path = try other.write(
      "name,title\n"
        + quoted.map { $0 + "," + $0 }
        .joined(separator: "\r\n"), to: "hostile.csv")
    try other.run("import csv contacts " + Quoting.quote(path))
    let contacts = try other.store.contacts(planID: other.planID())

    #expect(Set(contacts.map(\.name)) == Set(HostileText.samples))
    #expect(contacts.allSatisfy { $0.name == $0.title })
  }
}
