import Foundation

/// Reads lines from a source and runs them in a session: the loop behind the prompt,
/// `plansh -f`, piped scripts and `source`.
public struct ScriptRunner {
  /// The name used in error locations: a file path, or `<stdin>`.
  public let name: String
  /// Whether to go on after a failing command (always true at an interactive prompt).
  public var keepGoing: Bool
  /// The prompt for a new command and for a continuation line.
  public var prompt: () -> String = { "" }
  public var continuationPrompt = "> "
  /// The label transcripts record for a new command.
  public var label = "shell"
  /// Called after every complete line is read, before it runs (history, recording).
  public var onLine: (String) -> Void = { _ in }
  /// Lines that end the loop when typed alone (`quit`, `exit`).
  public var exitWords: Set<String> = ["quit", "exit"]
  /// Whether errors name the file, line and column (not at an interactive prompt).
  public var showsLocation = true

  public init(name: String, keepGoing: Bool) {
    self.name = name
    self.keepGoing = keepGoing
  }

  /// Runs every line until the end of input; returns the number of commands that failed.
  @discardableResult
  public func run(in session: Session, from source: LineSource) -> Int {
    // What a command reads from the session's input (a meeting's answers) is counted too.
    let lines = NumberedLines(source, name: showsLocation ? name : nil)
    let saved = session.input
    if session.input === source { session.input = lines }
    defer { session.input = saved }
    var failures = 0
    while true {
      let read = readCommand(from: lines)
      switch read {
      case .end:
        return failures
      case .interrupted:
        continue
      case .failed(let message):
        failures += 1
        session.diagnostics.report(message)
        if !keepGoing { return failures }
      case .command(let text, let firstLine):
        // Compare words, not text, so that `quit  # done` ends the loop too.
        if case .words(let words) = LineSplitter.split(text), words.count == 1,
          exitWords.contains(words[0].text)
        {
          return failures
        }
        onLine(text)
        do {
          try session.execute(text)
          failures += session.takeFailures()
        } catch {
          failures += 1
          session.diagnostics.report(describe(error, line: firstLine, text: text))
          if !keepGoing { return failures }
        }
      }
    }
  }

  private enum Read {
    case command(String, firstLine: Int)
    case failed(String)
    case interrupted
    case end
  }

  private func readCommand(from source: NumberedLines) -> Read {
    var text = ""
    var firstLine = 0
    while true {
      let event = source.readLine(
        text.isEmpty
          ? Prompt(label: label, text: prompt()) : Prompt(label: "more", text: continuationPrompt))
      guard case .line(var line) = event else {
        if event == .interrupt { return .interrupted }
        if text.isEmpty { return .end }
        return .failed(describe(incompleteError(text), line: firstLine, text: text))
      }
      let lineNumber = source.lineNumber
      if firstLine == 0 { firstLine = lineNumber }
      if lineNumber == 1 && line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      if line.hasSuffix("\r") { line.removeLast() }
      if let column = line.firstIndex(of: "\0").map({ line.distance(from: line.startIndex, to: $0) }
      ) {
        let location = SourceLocation(file: name, line: lineNumber, column: column + 1)
        return .failed("\(location): error: the line holds a NUL byte")
      }
      // Bytes that are not UTF-8 arrive as U+FFFD: refused, as agendas and transcripts are,
      // rather than stored as a name nobody typed.
      if let bad = line.firstIndex(of: "\u{FFFD}") {
        let column = line.distance(from: line.startIndex, to: bad) + 1
        let location = SourceLocation(file: name, line: lineNumber, column: column)
        return .failed("\(location): error: the line is not UTF-8 text")
      }
      text += text.isEmpty ? line : "\n" + line
      if case .words = LineSplitter.split(text) { return .command(text, firstLine: firstLine) }
    }
  }

  private func incompleteError(_ text: String) -> Error {
    if case .incomplete(let quote, let column) = LineSplitter.split(text) {
      return CommandError.at(
        column: column,
        quote.map(CommandError.unterminatedQuote)
          ?? .trailingBackslash)
    }
    return CommandError.trailingBackslash
  }

  /// The message for an error in `text`, read from line `line` on: `file:line:column:
  /// error: …`, with the line and column of the place inside joined continuation lines.
  public func describe(_ error: Error, line: Int, text: String = "") -> String {
    guard showsLocation else { return "error: \(error)" }
    let location = Self.place(
      (error as? CommandError)?.column ?? 1, in: text, file: name,
      line: line)
    return "\(location): error: \(error)"
  }

  /// Where character `column` of `text` (lines joined with newlines, starting at `line`) is.
  public static func place(_ column: Int, in text: String, file: String, line: Int)
    -> SourceLocation
  {
    var line = line
    var lineStart = 0
    for (index, character) in text.enumerated() where index < column - 1 && character == "\n" {
      line += 1
      lineStart = index + 1
    }
    return SourceLocation(file: file, line: line, column: column - lineStart)
  }
}
