import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Exporting and importing whole plans")
struct PlanExportTests {
  /// Exports the current plan of `fixture` to a file and returns the file's text.
  private func export(_ fixture: SessionFixture, name: String = "plan.json") throws -> String {
    let path = fixture.folder.appendingPathComponent(name).path
    try fixture.run("plan export --output " + Quoting.quote(path))
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  /// Imports `text` into a fresh store and exports it again.
  private func reexport(_ text: String, options: String = "") throws -> String {
    let other = try SessionFixture()
    let path = try other.write(text, to: "incoming.json")
    try other.run("plan import " + Quoting.quote(path) + options)
    return try export(other, name: "again.json")
  }

  @Test("the sample plan exported, imported into an empty store and exported again is the same")
  func sampleRoundTrip() throws {
    let fixture = try SessionFixture()
    try SamplePlan.build(in: fixture)
    let first = try export(fixture)

    #expect(try reexport(first) == first)
    for section in [
      "\"team\"", "\"target_periods\"", "\"accounts\"", "\"solutions\"", "\"opportunities\"",
      "\"contacts\"", "\"relationship_levels\"", "\"contact_lines\"", "\"detail_answers\"",
      "\"insights\"", "\"objectives\"", "\"meetings\"", "\"actions\"", "\"feedback\"",
    ] {
      #expect(first.contains(section + ": [\n"), "\(section) is empty or missing")
    }
  }

  @Test(
    "the real Salesforce sample data round-trips byte for byte",
    .enabled(if: RealData.isPresent("lwc-recipes"), "../shared/realdata/lwc-recipes is absent"))
  func realDataRoundTrip() throws {
    let fixture = try SessionFixture()
    try fixture.run("plan new Recipes")
    try fixture.run("import salesforce " + Quoting.quote(RealData.folder("lwc-recipes")))
    let first = try export(fixture)

    #expect(try reexport(first) == first)
    #expect(first.contains("\"external_ref\": \"salesforce:"))
  }

  @Test("the export keeps no store id, and keys follow the order of the records")
  func keysNotIDs() throws {
    let fixture = try SessionFixture()
    try SamplePlan.build(in: fixture)
    let text = try export(fixture)

    #expect(!text.contains("\"id\""))
    #expect(text.contains("\"key\": \"account-4\""))
    #expect(text.contains("\"parent\": \"account-1\""))
    #expect(text.contains("\"reports_to\": \"contact-2\""))
    #expect(text.contains("\"links\": [\n        \"insight-3\"\n      ]"))
  }

  @Test("an import next to other plans, under a new name, keeps every record and timestamp")
  func importAsNewPlan() throws {
    let fixture = try SessionFixture()
    try SamplePlan.build(in: fixture)
    let first = try export(fixture)
    let path = try fixture.write(first, to: "copy.json")
    let printed = try fixture.run("plan import " + Quoting.quote(path) + " --name 'Copy'")
    let second = try export(fixture, name: "copy-again.json")

    #expect(printed.contains("imported plan 'Copy'"))
    #expect(try fixture.session.requirePlan().name == "Copy")
    #expect(
      second == first.replacingOccurrences(of: "\"Northwind Freight 2027\"", with: "\"Copy\""))
  }

  @Test("a plan name already taken is refused with a hint, and nothing is written")
  func nameTaken() throws {
    let fixture = try SessionFixture()
    try SamplePlan.build(in: fixture)
    let path = try fixture.write(try export(fixture), to: "same.json")
    let before = try fixture.snapshot()
    let error = fixture.failure("plan import " + Quoting.quote(path))

    #expect((error as? CommandError)?.description.contains("--name NEW") == true)
    #expect(try fixture.snapshot() == before)
  }

  @Test("an export file is created readable by its owner only, even over a wider file")
  func ownerOnly() throws {
    let fixture = try SessionFixture()
    try fixture.run("plan new Acme")
    let path = try fixture.write("old", to: "wide.json")
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    try fixture.run("plan export --output " + Quoting.quote(path))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]

    #expect((mode as? NSNumber)?.intValue == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{\n"))
  }

  @Test("an export refuses to follow a symbolic link at the path named")
  func refusesLinks() throws {
    let fixture = try SessionFixture()
    try fixture.run("plan new Acme")
    let target = try fixture.write("keep me", to: "target.txt")
    let link = fixture.folder.appendingPathComponent("link.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let error = fixture.failure("plan export --output " + Quoting.quote(link))

    #expect((error as? CommandError)?.description.contains("symbolic link") == true)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
  }

  @Test("without --output the export is printed, and it is the same JSON")
  func printed() throws {
    let fixture = try SessionFixture()
    try SamplePlan.build(in: fixture)
    #expect(try fixture.run("plan export") == export(fixture))
  }
}
