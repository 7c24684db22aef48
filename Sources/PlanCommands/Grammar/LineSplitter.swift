/// Splits a command line into words the way a POSIX shell does.
///
/// Single quotes keep everything literally; double quotes allow `\"`, `\\` and `\$`
/// escapes; a backslash outside quotes escapes the next character; `#` at the start of a
/// word begins a comment. A trailing backslash or an open quote makes the line incomplete,
/// so the reader can ask for the next line and split the two together.
public enum LineSplitter {
  /// The outcome of splitting a line.
  public enum Result: Sendable, Equatable {
    case words([Word])
    /// The line continues on the next one; `quote` is the open quote, if any, and
    /// `column` where it opened.
    case incomplete(quote: Character?, column: Int)
  }

  /// Splits `line`; newlines inside it (from joined continuation lines) separate words.
  public static func split(_ line: String) -> Result {
    var splitter = State()
    for character in line { splitter.consume(character) }
    return splitter.finish()
  }

  private struct State {
    var words: [Word] = []
    var current = ""
    var wordColumn = 0
    var inWord = false
    var quote: Character?
    var quoteColumn = 0
    var escaping = false
    var escapeColumn = 0
    var inComment = false
    var column = 0

    mutating func consume(_ character: Character) {
      column += 1
      if inComment {
        if character == "\n" { inComment = false }
        return
      }
      if escaping {
        escaping = false
        // A backslash before a newline joins the lines, as in a shell.
        if character == "\n" { return }
        if quote == nil && !inWord {
          inWord = true
          wordColumn = escapeColumn
        }
        if quote == "\"" && !"\"\\$`".contains(character) { current.append("\\") }
        current.append(character)
        return
      }
      switch (quote, character) {
      case ("'", "'"), ("\"", "\""): quote = nil
      case ("\"", "\\"): escaping = true
      case (.some, _): current.append(character)
      case (nil, "\\"): escaping = true; escapeColumn = column
      case (nil, "'"), (nil, "\""): startWord(); quote = character; quoteColumn = column
      case (nil, "#") where !inWord: inComment = true
      case (nil, _) where character.isWhitespace: endWord()
      default: startWord(); current.append(character)
      }
    }

    mutating func startWord() {
      if !inWord {
        inWord = true
        wordColumn = column
      }
    }

    mutating func endWord() {
      if inWord { words.append(Word(current, column: wordColumn)) }
      current = ""
      inWord = false
    }

    mutating func finish() -> Result {
      if let quote { return .incomplete(quote: quote, column: quoteColumn) }
      if escaping { return .incomplete(quote: nil, column: column) }
      endWord()
      return .words(words)
    }
  }
}
