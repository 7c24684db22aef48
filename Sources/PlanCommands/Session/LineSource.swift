/// What reading a line gave: the line, an interrupt (Ctrl-C), or the end of input.
public enum InputEvent: Sendable, Equatable {
  case line(String)
  case interrupt
  case end
}

/// What a reader shows before a line, and a short label saying what the line is for
/// (`shell`, `more`, `feedback`, `owner`...), which transcripts record.
public struct Prompt: Sendable, Equatable {
  public let label: String
  public let text: String
  /// The meeting step (from 1) the line answers, when it answers one.
  public let step: Int?

  public init(label: String, text: String, step: Int? = nil) {
    self.label = label
    self.text = text
    self.step = step
  }
}

/// Where the shell and meetings read their lines: a terminal editor, a file, a transcript.
public protocol LineSource: AnyObject {
  /// Reads the next line, showing the prompt where the source is interactive.
  func readLine(_ prompt: Prompt) -> InputEvent

  /// Whether a person is typing (prompts and re-asking make sense).
  var isInteractive: Bool { get }

  /// Where the line read last came from, for messages about it; nil where places are
  /// not shown (at a terminal).
  var location: SourceLocation? { get }
}

extension LineSource {
  public var location: SourceLocation? { nil }
}

/// Another source's lines, counted: every reader of a script (the command loop, and a
/// meeting asking its questions) reads through one of these, so each line's number is
/// right whoever read the lines before it.
public final class NumberedLines: LineSource {
  private let inner: LineSource
  private let name: String?
  public private(set) var lineNumber = 0

  /// Counts `inner`'s lines; `name` (a path, `<stdin>`) makes them places in messages.
  public init(_ inner: LineSource, name: String?) {
    self.inner = inner
    self.name = name
  }

  public var isInteractive: Bool { inner.isInteractive }

  public var location: SourceLocation? {
    name.map { SourceLocation(file: $0, line: lineNumber, column: 1) }
  }

  public func readLine(_ prompt: Prompt) -> InputEvent {
    let event = inner.readLine(prompt)
    if case .line = event { lineNumber += 1 }
    return event
  }
}

/// Lines from a string or a list, for scripts, tests and replays.
public final class ScriptedLines: LineSource {
  private var lines: [String]
  private var index = 0
  public let isInteractive = false

  public init(_ lines: [String]) { self.lines = lines }

  /// Lines of `text`, split at line ends.
  public convenience init(text: String) {
    // Split at the scalar "\n", not the Character: "\r\n" is one Character in Swift.
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    if lines.last == "" { lines.removeLast() }
    self.init(lines)
  }

  public func readLine(_ prompt: Prompt) -> InputEvent {
    guard index < lines.count else { return .end }
    defer { index += 1 }
    return .line(lines[index])
  }
}
