import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Listings as JSON, CSV, Markdown and tables")
struct ListingFormatTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
    try fixture.runAll([
      "plan new 'Acme 2027'",
      "account add GenePoint --segment A --targeted yes --industry Biotech",
      "account add 'Smith, \"Jr\" & Co'",
      "solution add 'Data Cloud' --family Platform",
      "opportunity add 'Fleet analytics' --account GenePoint --amount 125000.5 --status open",
      "contact add 'Amy Taylor' --account GenePoint --title 'VP of Engineering'",
      "objective add 'Grow GenePoint' --owner Sam --due 2027-06-30",
      "action add 'Call Amy' --owner Sam --due 2027-01-10 --objective Grow",
      "feedback add 'Target looks low' --area overview --by Ana",
      "insight add 'Cut costs' --account GenePoint --row goal",
    ])
  }

  /// The objects `line` prints as JSON; records an issue when it is not a JSON array.
  private func jsonObjects(_ line: String) throws -> [[String: Any]] {
    let text = try fixture.run(line)
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(parsed as? [[String: Any]], "not an array of objects: \(text)")
  }

  @Test(
    "every list command's JSON is an array of objects with lower_snake_case keys",
    arguments: [
      "plan list", "account list", "contact list", "opportunity list", "objective list",
      "action list", "feedback list", "solution list", "insight list", "plan types",
    ])
  func jsonKeysAreSnakeCase(command: String) throws {
    let objects = try jsonObjects(command + " --format json")
    #expect(!objects.isEmpty)
    for key in objects.flatMap(\.keys) {
      #expect(
        key.range(of: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", options: .regularExpression) != nil,
        "key '\(key)' of \(command)")
    }
  }

  @Test("account JSON has stable keys, ids included, with typed values")
  func accountJSONKeysAndTypes() throws {
    let objects = try jsonObjects("account list --format json")
    let expectedKeys: Set = ["id", "name", "kind", "parent", "segment", "targeted", "industry"]
    #expect(objects.allSatisfy { Set($0.keys) == expectedKeys })

    let gene = try #require(objects.first { $0["name"] as? String == "GenePoint" })
    #expect(gene["id"] as? Int != nil)
    #expect(gene["targeted"] as? Bool == true)
    #expect(gene["parent"] is NSNull)
    #expect(gene["segment"] as? String == "A")
  }

  @Test("JSON keys come in the listing's column order")
  func jsonKeyOrder() throws {
    let text = try fixture.run("action list --format json")
    let order = ["\"id\"", "\"name\"", "\"owner\"", "\"due_on\"", "\"status\"", "\"objective\""]
      .compactMap { text.range(of: $0)?.lowerBound }
    #expect(order.count == 6)
    #expect(order == order.sorted())
  }

  @Test("money in JSON is a number of major units")
  func moneyInJSON() throws {
    let objects = try jsonObjects("opportunity list --format json")
    #expect(objects.first?["amount"] as? Double == 125_000.5)
    #expect(objects.first?["account"] as? String == "GenePoint")
  }

  @Test("an empty listing in JSON is an empty array")
  func emptyJSON() throws {
    let text = try fixture.run("opportunity list --status won --format json")
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any]
    #expect(parsed?.isEmpty == true)
  }

  @Test("control characters and quotes in data stay valid JSON")
  func controlCharactersInJSON() throws {
    try fixture.store.addFeedback(
      planID: fixture.planID(), text: "Esc\u{1B}[31m \"quoted\" back\\slash")
    let names = try jsonObjects("feedback list --format json").compactMap { $0["text"] as? String }
    #expect(names.contains("Esc\u{1B}[31m \"quoted\" back\\slash"))
  }

  @Test("the session's format applies to later listings")
  func sessionFormat() throws {
    try fixture.run("set format json")
    let text = try fixture.run("account list")
    #expect(text.hasPrefix("["))
    #expect(try fixture.run("account list --format csv").hasPrefix("id,name,"))
    #expect(try fixture.run("account list").hasPrefix("["))
  }

  @Test("CSV quotes fields holding commas and quotes, doubling the quotes")
  func csvQuoting() throws {
    let text = try fixture.run("account list --format csv")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "id,name,kind,parent,segment,targeted,industry")
    #expect(lines.contains { $0.contains(#","Smith, ""Jr"" & Co",account,"#) })
    #expect(lines.contains { $0.hasSuffix(",GenePoint,account,,A,true,Biotech") })
  }

  @Test("CSV quotes a line break and defuses a spreadsheet formula")
  func csvLineBreakAndFormula() {
    #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVWriter.field("-12.5") == "-12.5")
    #expect(CSVWriter.field("plain") == "plain")
  }

  @Test("CSV money is a plain number without grouping commas")
  func csvMoney() throws {
    let text = try fixture.run("opportunity list --format csv")
    #expect(text.contains(",125000.5,"))
  }

  @Test("Markdown escapes a pipe in a cell and marks right-aligned columns")
  func markdownEscapesPipes() throws {
    try fixture.run("account add 'Pipe | Works'")
    let text = try fixture.run("account list --format markdown")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "| ID | ACCOUNT | KIND | PARENT | SEG | TARGETED | INDUSTRY |")
    #expect(lines[1] == "| ---: | --- | --- | --- | --- | --- | --- |")
    #expect(lines.contains { $0.contains("| Pipe \\| Works |") })
    #expect(!lines.contains { $0.contains("Pipe | Works") })
  }

  @Test("a table aligns columns and shows ids")
  func tableAlignment() throws {
    let text = try fixture.run("solution list")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "ID  SOLUTION    FAMILY    TARGETED")
    #expect(lines[2].hasPrefix(" 1  Data Cloud  Platform  no"))
  }

  @Test("an empty table prints its hint instead of a grid")
  func emptyTable() throws {
    #expect(try fixture.run("opportunity list --status lost") == "no opportunities yet\n")
  }
}
