import PlanCommands
import Testing

@Suite("Splitting a command line into words")
struct LineSplitterTests {
  /// The words of `line`; records an issue when the line is incomplete.
  private func words(_ line: String) -> [Word] {
    guard case .words(let words) = LineSplitter.split(line) else {
      Issue.record("'\(line)' was reported incomplete")
      return []
    }
    return words
  }

  private func texts(_ line: String) -> [String] { words(line).map(\.text) }

  @Test("plain words split at whitespace and know their columns")
  func plainWords() {
    #expect(
      words("account  add\tAcme") == [
        Word("account", column: 1), Word("add", column: 10), Word("Acme", column: 14),
      ])
  }

  @Test("single quotes keep spaces, backslashes and double quotes literally")
  func singleQuotes() {
    #expect(
      texts(#"contact add 'Amy "AT" Taylor\n'"#) == ["contact", "add", #"Amy "AT" Taylor\n"#])
    #expect(words("x 'a b'")[1].column == 3)
  }

  @Test("double quotes allow escaped quote, backslash and dollar, and keep other backslashes")
  func doubleQuotes() {
    #expect(texts(#"say "a \"b\" \\ \$x \n""#) == ["say", #"a "b" \ $x \n"#])
  }

  @Test("a backslash outside quotes escapes the next character")
  func backslashOutsideQuotes() {
    #expect(
      texts(#"account add Acme\ Corp \'quoted\'"#)
        == ["account", "add", "Acme Corp", "'quoted'"])
  }

  @Test("quoted and unquoted parts next to each other make one word")
  func adjacentPartsJoin() {
    #expect(texts(#"pre'fix'"ed"post"#) == ["prefixedpost"])
  }

  @Test("empty quotes make an empty word")
  func emptyQuotesMakeEmptyWord() {
    #expect(texts("x '' \"\" y") == ["x", "", "", "y"])
  }

  @Test("a # at the start of a word begins a comment; inside a word or quotes it is text")
  func comments() {
    #expect(texts("account list # every one") == ["account", "list"])
    #expect(texts("# only a comment").isEmpty)
    #expect(texts("issue#42 '#tag' \"#x\"") == ["issue#42", "#tag", "#x"])
  }

  @Test("a comment ends at a newline of a joined line")
  func commentEndsAtNewline() {
    #expect(texts("a # note\nb") == ["a", "b"])
  }

  @Test("an open single quote makes the line incomplete at the quote's column")
  func openSingleQuote() {
    #expect(LineSplitter.split("account add 'Acme") == .incomplete(quote: "'", column: 13))
  }

  @Test("an open double quote after an escaped quote is still open")
  func openDoubleQuote() {
    #expect(LineSplitter.split(#"say "abc\""#) == .incomplete(quote: "\"", column: 5))
  }

  @Test("a trailing backslash makes the line incomplete at the backslash")
  func trailingBackslash() {
    #expect(LineSplitter.split("account list \\") == .incomplete(quote: nil, column: 14))
  }

  @Test("a backslash before a newline joins the lines into one word list")
  func continuationJoins() {
    #expect(texts("account add \\\n'Acme Corp'") == ["account", "add", "Acme Corp"])
    #expect(texts("ab\\\ncd") == ["abcd"])
  }

  @Test("a continuation followed by indentation makes no empty word")
  func continuationWithIndentation() {
    #expect(
      texts("account add \\\n  'Acme Corp' \\\n  --segment A")
        == ["account", "add", "Acme Corp", "--segment", "A"])
    #expect(texts("a \\\n b") == ["a", "b"])
  }

  @Test("an escaped character starts its word at the backslash's column")
  func escapeStartsWordAtBackslash() {
    #expect(words(#"x \'y"#) == [Word("x", column: 1), Word("'y", column: 3)])
  }

  @Test("a newline inside quotes stays in the word")
  func newlineInsideQuotes() {
    #expect(texts("note 'line one\nline two'") == ["note", "line one\nline two"])
  }

  @Test("columns count characters, not bytes, so accents, CJK and emoji take one each")
  func unicodeColumns() {
    let split = words("plan new Café 日本 👍🏽 'x y'")
    #expect(split.map(\.text) == ["plan", "new", "Café", "日本", "👍🏽", "x y"])
    #expect(split.map(\.column) == [1, 6, 10, 15, 18, 20])
    #expect(LineSplitter.split("日本 'open") == .incomplete(quote: "'", column: 4))
  }

  @Test("an empty or blank line has no words")
  func blankLine() {
    #expect(texts("").isEmpty)
    #expect(texts("   \t ").isEmpty)
  }

  @Test(
    "a quoted word reads back as the same word",
    arguments: [
      "plain", "two words", "it's", "", "tab\there", "back\\slash", "#hash", "日本 語", "a\"b",
    ])
  func quotingRoundTrips(word: String) {
    #expect(texts(Quoting.quote(word)) == [word])
  }
}
