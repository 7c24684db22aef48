import Foundation
import PlanCommands

/// Standard output as a session's output sink.
final class StandardOutput: OutputSink {
  func write(_ text: String) { Terminal.write(text) }
  func write(utf8 bytes: [UInt8]) { Terminal.write(utf8: bytes) }
}

/// Standard error as a session's diagnostic sink; `error:` is red on a terminal.
final class StandardError: DiagnosticSink {
  private let colour = Terminal.allowsColour(2)

  func report(_ message: String) {
    let text = TerminalText.neutralizedKeepingLines(message)
    guard colour, let range = text.range(of: "error:") else {
      Terminal.writeError(text + "\n")
      return
    }
    let red = text.replacingCharacters(in: range, with: "\u{1B}[31merror:\u{1B}[0m")
    Terminal.writeError(red + "\n")
  }
}
