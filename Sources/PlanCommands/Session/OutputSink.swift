/// Where a session writes what commands print.
public protocol OutputSink: AnyObject {
  func write(_ text: String)
  /// Text already encoded as valid UTF-8: a sink that writes bytes takes it as it is.
  func write(utf8: [UInt8])
}

extension OutputSink {
  public func write(utf8 bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

/// Where errors and warnings go: standard error in the shell, a list in tests.
public protocol DiagnosticSink: AnyObject {
  func report(_ message: String)
}

/// Collects output in memory, for tests and for replay checks.
public final class CapturedOutput: OutputSink, DiagnosticSink {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) { self.text += text }

  public func report(_ message: String) { text += message + "\n" }

  /// Returns what was collected so far and starts afresh.
  public func take() -> String {
    defer { text = "" }
    return text
  }
}
