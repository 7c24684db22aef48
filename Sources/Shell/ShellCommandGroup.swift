import Foundation
import PlanCommands

/// Commands that belong to the shell itself.
enum ShellCommandGroup {
  static let all: [CommandSpec] = [history]

  static let history = CommandSpec(
    "history", area: "Shell", summary: "list the commands typed at the prompt",
    options: [OptionSpec("last", value: "N", help: "only the last N (default 50)")]
  ) { call in
    guard let path = call.session.settings["history"],
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return .message("no history yet") }
    let limit = Int(call.option("last") ?? "50") ?? 50
    let entries = text.split(separator: "\n").dropFirst(text.hasPrefix("_HiStOrY_V2_") ? 1 : 0)
      .map { HistoryFile.decode(String($0)) }
    let shown = entries.suffix(limit)
    let start = entries.count - shown.count
    return .text(
      shown.enumerated().map { "\(String(start + $0 + 1).leftAligned(5)) \($1)" }
        .joined(separator: "\n"))
  }
}

/// Reads libedit's history file, whose lines are `strvis`-encoded (`\040` for a space).
enum HistoryFile {
  static func decode(_ line: String) -> String {
    var bytes: [UInt8] = []
    let source = Array(line.utf8)
    var index = 0
    while index < source.count {
      if source[index] == UInt8(ascii: "\\"), index + 3 < source.count,
        let value = UInt8(
          String(decoding: source[index + 1...index + 3], as: UTF8.self),
          radix: 8)
      {
        bytes.append(value)
        index += 4
      } else {
        bytes.append(source[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension String {
  func leftAligned(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
