import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Refusing a broken plan export, at the place that is wrong")
struct PlanImportErrorTests {
  let fixture: SessionFixture

  init() throws {
    fixture = try SessionFixture()
  }

  /// The message `plan import` gives for a file holding `text`, with the file's path
  /// replaced by `FILE`.
  private func message(_ text: String) throws -> String {
    let path = try fixture.write(text, to: "broken.json")
    let error = try #require(fixture.failure("plan import " + Quoting.quote(path)))
    return "\(error)".replacingOccurrences(of: path, with: "FILE")
  }

  private let head =
    "{\n  \"format\": \"plansh-plan\",\n  \"version\": 1,\n"
    + "  \"plan\": {\"name\": \"P\"},\n"

  @Test("a value that is not allowed is reported at its line and column, with its path")
  func badValue() throws {
    let text =
      head + "  \"accounts\": [\n    {\"key\": \"a\", \"name\": \"A\", \"segment\": \"E\"}\n  ]\n}"
    #expect(
      try message(text)
        == "FILE:6:42: accounts[0].segment: 'E' is not one of A, B, C, D")
    #expect(try fixture.count("plan") == 0)
  }

  @Test("a reference to a key no record has is refused")
  func danglingReference() throws {
    let text =
      head + "  \"contacts\": [{\"key\": \"c\", \"name\": \"C\", \"reports_to\": \"x\"}]\n}"
    #expect(try message(text) == "FILE:5:56: contacts[0].reports_to: no contact has key 'x'")
  }

  @Test("a misspelt field is an error, never silently dropped")
  func unknownField() throws {
    let text = head + "  \"accounts\": [{\"key\": \"a\", \"name\": \"A\", \"segmnet\": \"A\"}]\n}"
    #expect(try message(text).hasPrefix("FILE:5:53: accounts[0].segmnet: unknown field"))
  }

  @Test("a key used twice is an error")
  func duplicateKey() throws {
    let text =
      head
      + "  \"accounts\": [{\"key\": \"a\", \"name\": \"A\"}, {\"key\": \"a\", \"name\": \"B\"}]\n}"
    #expect(try message(text) == "FILE:5:51: accounts[1].key: the key 'a' is used twice")
  }

  @Test("an export from a newer plansh is refused clearly")
  func newerVersion() throws {
    #expect(
      try message("{\"format\": \"plansh-plan\", \"version\": 7}")
        == "FILE:1:38: version: version 7 comes from a newer plansh; this one reads version 1")
  }

  @Test("a file that is not a plan export, or not JSON, says so")
  func notAnExport() throws {
    #expect(try message("[1, 2]").hasPrefix("FILE:1:1: the document: expected an object"))
    #expect(try message("{\"format\": \"other\"}").hasPrefix("FILE:1:12: format: not a plansh"))
    #expect(try message("{\"format\": ") == "FILE:1:12: the document ends where a value should be")
  }

  @Test("a loop of managers in a hand-made export is refused, and nothing is written")
  func reportingLoop() throws {
    let text =
      head + "  \"contacts\": [\n"
      + "    {\"key\": \"a\", \"name\": \"A\", \"reports_to\": \"b\"},\n"
      + "    {\"key\": \"b\", \"name\": \"B\", \"reports_to\": \"a\"}\n  ]\n}"
    #expect(try message(text) == "invalid contact '1': its parents form a loop")
    #expect(try fixture.count("contact") == 0)
  }

  @Test("a question this plansh does not know is refused, and nothing is written")
  func unknownQuestion() throws {
    let text =
      head + "  \"detail_answers\": [{\"question\": \"nope.q\", \"rating\": \"unknown\"}]\n}"
    #expect(try message(text) == "no question named 'nope.q'")
    #expect(try fixture.count("plan") == 0)
  }

  @Test("a hand-written export with only names imports, with defaults for the rest")
  func minimalExport() throws {
    let text =
      head + "  \"accounts\": [{\"key\": \"acme\", \"name\": \"Acme\"}],\n"
      + "  \"contacts\": [{\"key\": \"x\", \"name\": \"Ana\", \"account\": \"acme\"}]\n}"
    let path = try fixture.write(text, to: "small.json")
    try fixture.run("plan import " + Quoting.quote(path))
    let contacts = try fixture.store.contacts(planID: fixture.planID())

    #expect(contacts.map(\.name) == ["Ana"])
    #expect(contacts.first?.accountName == "Acme")
  }
}
