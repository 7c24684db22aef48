import CEditLine
import Foundation

/// Facts about, and writes to, the process's standard streams.
enum Terminal {
  /// Whether `descriptor` is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) != 0 }

  /// The width of the terminal on standard output, or nil when it is not one.
  static var width: Int? {
    let columns = Int(plansh_terminal_columns(1))
    return columns > 0 ? columns : nil
  }

  /// Whether colour may be used on standard `descriptor`: a terminal and no `NO_COLOR`.
  static func allowsColour(_ descriptor: Int32) -> Bool {
    let noColour = Environment.value("NO_COLOR").map { !$0.isEmpty } ?? false
    return isTerminal(descriptor) && !noColour
  }

  /// Writes to standard output at once, unbuffered, so output and errors stay in order.
  static func write(_ text: String) { writeAll(1, text) }

  /// Writes to standard error.
  static func writeError(_ text: String) { writeAll(2, text) }

  /// Writes bytes to standard output as they are.
  static func write(utf8 bytes: [UInt8]) { writeAll(1, bytes[...]) }

  private static func writeAll(_ descriptor: Int32, _ text: String) {
    writeAll(descriptor, Array(text.utf8)[...])
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) {
    var bytes = bytes
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }
}
