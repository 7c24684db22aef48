import PlanCommands
import Testing

@Suite("Terminal column widths of text")
struct DisplayWidthTests {
  @Test(
    "text takes the columns a terminal gives it",
    arguments: [
      ("abc", 3), ("é", 1), ("e\u{301}", 1), ("Café", 4), ("日本", 4),
      ("日本語テキスト", 14), ("한국", 4), ("😀", 2), ("👍🏽", 2), ("🇯🇵", 2),
      ("❤️", 2), ("👩‍💻", 2), ("ａ", 2), ("", 0),
    ])
  func widths(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test("a combining mark on its own takes no column")
  func combiningMarkAlone() {
    #expect(DisplayWidth.of(Character("\u{301}")) == 0)
  }

  @Test("cutting wide text keeps within the width and ends in an ellipsis")
  func truncateWide() {
    let cut = DisplayWidth.truncate("日本語テキスト", to: 7)
    #expect(cut == "日本語…")
    #expect(DisplayWidth.of(cut) <= 7)
  }

  @Test("cutting never splits an accented letter or an emoji")
  func truncateKeepsClusters() {
    let combined = "e\u{301}e\u{301}e\u{301}e\u{301}"
    #expect(DisplayWidth.truncate(combined, to: 3) == "e\u{301}e\u{301}…")
    #expect(DisplayWidth.truncate("👍🏽👍🏽👍🏽", to: 4) == "👍🏽…")
  }

  @Test("text that fits is left alone")
  func truncateFits() {
    #expect(DisplayWidth.truncate("日本", to: 4) == "日本")
    #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
  }
}
