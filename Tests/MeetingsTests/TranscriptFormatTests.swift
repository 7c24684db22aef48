import Testing

@testable import Meetings

@Suite("Escaping text for transcripts")
struct TranscriptFormatTests {
  static let samples: [String] = [
    "", "plain words", "tab\there", "line\nbreak", "carriage\r\nreturn", "back\\slash",
    "\\n is not a newline", "\\\\double", "ends with a backslash\\", "\u{1B}[31mred\u{1B}[0m",
    "nul\u{0}byte", "bell\u{7}", "delete\u{7F}", "c1 \u{85} and \u{9F}", "\u{1F}unit",
    "emoji 👩‍👩‍👧 🇵🇹 👍🏽", "é precomposed and e\u{301} combined",
    "日本語の計画",
    "right-to-left \u{200F}mark", "line\u{2028}separator", "{braces} u{41}",
  ]

  @Test("escaping then unescaping gives back exactly the same scalars", arguments: samples)
  func roundTrip(_ text: String) throws {
    let escaped = TranscriptFormat.escape(text)
    let back = try #require(TranscriptFormat.unescape(escaped))
    #expect(Array(back.unicodeScalars) == Array(text.unicodeScalars))
  }

  @Test(
    "escaped text holds no control characters, so every record is one line",
    arguments: samples)
  func escapedIsOneLine(_ text: String) {
    let escaped = TranscriptFormat.escape(text)
    let controls = escaped.unicodeScalars.filter {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty, "\(escaped)")
  }

  @Test("escapes are written in their short forms")
  func shortForms() {
    #expect(TranscriptFormat.escape("a\\b\nc\rd\te") == "a\\\\b\\nc\\rd\\te")
    #expect(TranscriptFormat.escape("\u{1B}[0m") == "\\u{1b}[0m")
    #expect(TranscriptFormat.escape("\u{0}") == "\\u{0}")
    #expect(TranscriptFormat.escape("\u{85}") == "\\u{85}")
    #expect(TranscriptFormat.escape("👍 é") == "👍 é")
  }

  @Test(
    "unescaping refuses escapes that escaping never writes",
    arguments: [
      "\\q", "trailing\\", "\\u41", "\\u{}", "\\u{zz}", "\\u{110000}", "\\u{d800}", "\\u{41",
      "\\u{",
    ])
  func refusesForeignEscapes(_ text: String) {
    #expect(TranscriptFormat.unescape(text) == nil)
  }

  @Test("unescaping reads every escape escaping writes")
  func readsEveryEscape() {
    #expect(TranscriptFormat.unescape("a\\\\b\\nc\\rd\\te\\u{1b}") == "a\\b\nc\rd\te\u{1B}")
  }
}
