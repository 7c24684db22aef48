import Foundation
import Testing

@Suite("Whole plans and pictures out of, and back into, the built plansh")
struct ExportEndToEndTests {
  private static let transcripts = PlanshProcess.packageRoot.appendingPathComponent("transcripts")

  /// Replays the shipped sample plan and its meeting into the scratch store.
  private func sampleStore() throws -> PlanshProcess {
    let plansh = try PlanshProcess()
    for name in ["sample-plan.transcript", "sample-meeting.transcript"] {
      let path = Self.transcripts.appendingPathComponent(name).path
      let replayed = try plansh.run(["replay", path])
      #expect(replayed.status == 0, "\(replayed.stderr)")
    }
    return plansh
  }

  private func mode(_ path: String) throws -> Int? {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?
      .intValue
  }

  @Test("the replayed sample plan and meeting export and import into an empty store unchanged")
  func sampleRoundTrip() throws {
    let plansh = try sampleStore()
    defer { plansh.cleanUp() }
    let plan = ["--plan", "Northwind Freight 2027"]
    let first = try plansh.run(plan + ["plan", "export", "--output", "first.json"])
    let other = ["--store", plansh.path("other.sqlite")]
    let imported = try plansh.run(other + ["plan", "import", "first.json"])
    let second = try plansh.run(other + plan + ["plan", "export", "--output", "second.json"])
    let firstText = try String(contentsOfFile: plansh.path("first.json"), encoding: .utf8)

    #expect(first.status == 0 && imported.status == 0 && second.status == 0, "\(imported.stderr)")
    #expect(try String(contentsOfFile: plansh.path("second.json"), encoding: .utf8) == firstText)
    #expect(firstText.contains("\"agenda\": \"test-and-improve\""))
    #expect(try mode(plansh.path("first.json")) == 0o600)
  }

  @Test("pictures are written owner-only at exactly the paths named")
  func pictures() throws {
    let plansh = try sampleStore()
    defer { plansh.cleanUp() }
    let plan = ["--plan", "Northwind Freight 2027"]
    let runs = [
      ["contact", "map", "--svg", "r.svg", "--dot", "r.dot"],
      ["insight", "map", "--svg", "i.svg", "--dot", "i.dot"],
      ["opportunity", "map", "--svg", "o.svg"],
    ]
    for words in runs {
      let result = try plansh.run(plan + words)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let made = try FileManager.default.contentsOfDirectory(atPath: plansh.folder.path)
      .filter { $0.hasSuffix(".svg") || $0.hasSuffix(".dot") }.sorted()

    #expect(made == ["i.dot", "i.svg", "o.svg", "r.dot", "r.svg"])
    for name in made { #expect(try mode(plansh.path(name)) == 0o600, "\(name)") }
  }

  @Test("a broken export exits 1 with file:line:column on stderr, and the store is unchanged")
  func brokenImport() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    try "{\n  \"format\": \"plansh-plan\",\n  \"version\": 1,\n  \"plan\": {\"name\": 3}\n}\n"
      .write(toFile: plansh.path("bad.json"), atomically: true, encoding: .utf8)
    let result = try plansh.run(["plan", "import", "bad.json"])
    let plans = try plansh.run(["plan", "list", "--format", "json"])

    #expect(result.status == 1)
    #expect(result.stderr.contains("bad.json:4:20: plan.name: expected text"))
    #expect(plans.stdout == "[]\n")
  }
}
