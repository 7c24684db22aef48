import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Pictures of the maps")
struct PictureTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try SamplePlan.build(in: fixture)
  }

  /// Runs `command` with `--svg` (or `option`) into a scratch file; returns the file's text.
  private func draw(_ command: String, option: String = "svg", file: String) throws -> String {
    let path = fixture.folder.appendingPathComponent(file).path
    let printed = try fixture.run("\(command) --\(option) " + Quoting.quote(path))
    #expect(printed.hasPrefix("drew the "))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600, "\(file) is not owner-only")
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test("the relationship map of the sample plan matches its golden picture")
  func relationshipMapGolden() throws {
    let svg = try draw("contact map", file: "relationships.svg")
    try GoldenPicture.check(svg, against: "relationship-map-of-the-sample-plan.svg")
    let picture = try SVGStructure(svg)

    #expect(picture.count("g", className: "contact") == 6)
    #expect(picture.count("g", className: "influence") == 1)
    #expect(picture.count("g", className: "conflict") == 1)
    #expect(picture.texts.filter { $0 == "★" }.count == 2 + 1)  // two key players, the key
    #expect(picture.texts.contains("Luis Ortega"))
    #expect(picture.texts.contains("key player: political structure"))
    let level = "Sam Reyes: credible source → trusted advisor"
    #expect(picture.titles.contains { $0.contains(level) })
  }

  @Test("an account's relationship map holds its contacts and its divisions' only")
  func accountMap() throws {
    let air = try SVGStructure(draw("contact map --account 'Northwind Air'", file: "air.svg"))
    let group = try SVGStructure(
      draw(
        "contact map --account 'Northwind Freight'",
        file: "group.svg"))

    #expect(air.count("g", className: "contact") == 3)
    #expect(!air.texts.contains("Dana Whitfield"))
    #expect(group.count("g", className: "contact") == 6)
  }

  @Test("the insight map of the sample plan matches its golden picture")
  func insightMapGolden() throws {
    let svg = try draw("insight map", file: "insights.svg")
    try GoldenPicture.check(svg, against: "insight-map-of-the-sample-plan.svg")
    let picture = try SVGStructure(svg)

    #expect(picture.count("g", className: "insight") == 3)
    #expect(picture.count("path", className: "link") == 1)
    for row in ["Goals", "Pressures", "Initiatives", "Obstacles", "Our solutions"] {
      #expect(picture.texts.contains(row))
    }
    #expect(picture.texts.contains("✓ confirmed"))
  }

  @Test("the opportunity map of the sample plan matches its golden picture")
  func opportunityMapGolden() throws {
    let svg = try draw("opportunity map", file: "opportunities.svg")
    try GoldenPicture.check(svg, against: "opportunity-map-of-the-sample-plan.svg")
    let picture = try SVGStructure(svg)

    #expect(picture.count("g", className: "cell") == 16)
    #expect(picture.count("g", className: "white-space") == 11)
    #expect(picture.count("g", className: "targeted") == 2)
    #expect(picture.count("g", className: "won") == 1)
    #expect(picture.texts.contains("O 850k"))
    #expect(picture.texts.contains("W 180k"))
  }

  @Test("the relationship and insight maps also come as Graphviz DOT")
  func dotGraphs() throws {
    let relationships = try draw("contact map", option: "dot", file: "relationships.dot")
    let insights = try draw("insight map", option: "dot", file: "insights.dot")

    #expect(relationships.hasPrefix("digraph \"relationship map\" {"))
    #expect(relationships.contains("c2 [label=\"Luis Ortega\\nVP Air Operations\\nmentor"))
    #expect(relationships.contains("peripheries=\"2\""))
    #expect(relationships.contains("c4 -> c2 [label=\"conflict\""))
    #expect(insights.contains("i2 -> i3;"))
    #expect(insights.contains("rank=\"same\";"))
  }

  @Test("both --svg and --dot write two files at once")
  func bothFormats() throws {
    let svg = fixture.folder.appendingPathComponent("both.svg").path
    let dot = fixture.folder.appendingPathComponent("both.dot").path
    let printed = try fixture.run(
      "contact map --svg " + Quoting.quote(svg) + " --dot " + Quoting.quote(dot))

    #expect(printed.contains(" and "))
    #expect(FileManager.default.fileExists(atPath: svg))
    #expect(FileManager.default.fileExists(atPath: dot))
  }

  @Test("a plan with nothing on a map still gives a valid picture saying so")
  func emptyPictures() throws {
    let empty = try SessionFixture()
    try empty.run("plan new Empty")
    for (command, file) in [
      ("contact map", "c.svg"), ("insight map", "i.svg"), ("opportunity map", "o.svg"),
    ] {
      let path = empty.folder.appendingPathComponent(file).path
      try empty.run("\(command) --svg " + Quoting.quote(path))
      let picture = try SVGStructure(String(contentsOfFile: path, encoding: .utf8))
      #expect(picture.count("svg") == 1)
    }
  }

  @Test("without --svg or --dot the maps are still text")
  func textStillDefault() throws {
    #expect(try fixture.run("contact map").contains("└─ "))
  }
}
