import PlanCommands
import Testing

@Suite("Stored text made safe for a terminal")
struct TerminalTextTests {
  @Test("an escape sequence is shown, not sent")
  func escapeIsNeutralized() {
    let shown = TerminalText.neutralized("\u{1B}[31mred\u{1B}[0m")
    #expect(shown == "\\u{1b}[31mred\\u{1b}[0m")
    #expect(!shown.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test("line breaks and tabs become visible escapes; DEL and C1 controls too")
  func otherControls() {
    #expect(TerminalText.neutralized("a\nb\tc\rd") == "a\\nb\\tc\\rd")
    #expect(TerminalText.neutralized("x\u{7F}y\u{9B}z") == "x\\u{7f}y\\u{9b}z")
    #expect(TerminalText.neutralized("bell\u{07}") == "bell\\u{7}")
  }

  @Test("ordinary and wide text is unchanged")
  func ordinaryText() {
    #expect(TerminalText.neutralized("Café 日本 👍🏽") == "Café 日本 👍🏽")
  }

  @Test("the multi-line form keeps line breaks but neutralizes the rest")
  func keepingLines() {
    #expect(TerminalText.neutralizedKeepingLines("one\u{1B}\ntwo") == "one\\u{1b}\ntwo")
  }

  @Test("text holding an escape is never printed raw in a table or message")
  func sessionNeverPrintsEscape() throws {
    let fixture = try SessionFixture()
    try fixture.run("plan new Acme")
    let added = try fixture.run("feedback add 'Evil\u{1B}]0;pwned\u{07}'")
    let table = try fixture.run("feedback list")
    let markdown = try fixture.run("feedback list --format markdown")

    for text in [added, table, markdown] {
      #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
    #expect(table.contains("Evil\\u{1b}]0;pwned\\u{7}"))
  }

}
