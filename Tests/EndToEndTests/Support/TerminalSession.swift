import Foundation

/// One thing done at the terminal in a pseudo-terminal run, as `pty_driver.py` takes it.
enum TerminalStep {
  /// Types `text` (keys and escape sequences as a terminal sends them).
  case send(String)
  /// Waits until `text` is printed after the previous match, escape sequences removed;
  /// `timeout` overrides the driver's generous default for an outcome not expected.
  case expect(String, timeout: Double? = nil)
  /// Waits until `text` is somewhere on the visible screen.
  case screen(String)
  /// Waits until the line the cursor is on reads exactly `text` (trailing blanks dropped).
  case cursorLine(String)
  /// Waits until the cursor is in `column` (0 is the first).
  case cursorColumn(Int)
  /// Keeps the raw bytes printed between these two steps under a name.
  case beginCapture(String)
  case endCapture(String)
  /// Changes the window size; the program gets SIGWINCH.
  case resize(rows: Int, columns: Int)
  /// Waits until the program leaves.
  case exit

  var json: [String: Any] {
    switch self {
    case .send(let text): ["send": text]
    case .expect(let text, nil): ["expect": text]
    case .expect(let text, let timeout?): ["expect": text, "timeout": timeout]
    case .screen(let text): ["screen": text]
    case .cursorLine(let text): ["cursor_line": text]
    case .cursorColumn(let column): ["cursor_column": column]
    case .beginCapture(let name): ["begin_capture": name]
    case .endCapture(let name): ["end_capture": name]
    case .resize(let rows, let columns): ["resize": [rows, columns]]
    case .exit: ["exit": true]
    }
  }
}

/// The bytes keys send on an xterm in its normal (not application) cursor mode.
enum Key {
  static let enter = "\r"
  static let tab = "\t"
  static let backspace = "\u{7F}"
  static let left = "\u{1B}[D"
  static let right = "\u{1B}[C"
  static let up = "\u{1B}[A"
  static let ctrlA = "\u{01}"
  static let ctrlC = "\u{03}"
  static let ctrlD = "\u{04}"
  static let ctrlE = "\u{05}"
  static let pasteStart = "\u{1B}[200~"
  static let pasteEnd = "\u{1B}[201~"

  static func left(_ count: Int) -> String { String(repeating: left, count: count) }
  static func right(_ count: Int) -> String { String(repeating: right, count: count) }
}

/// What the driver saw: whether every step passed, the screen at the end, and how
/// plansh exited (nil when it was still running and had to be killed).
struct TerminalRun: Decodable {
  let ok: Bool
  let failure: String?
  let step: Int?
  let screen: String
  let streamTail: String
  let status: Int32?
  let captures: [String: String]

  enum CodingKeys: String, CodingKey {
    case ok, failure, step, screen, status, captures
    case streamTail = "stream_tail"
  }

  /// Everything needed to see why a run failed, for a test's failure message.
  var report: String {
    let place = step.map { "step \($0)" } ?? "after the last step"
    let exit = status.map { "exit status \($0)" } ?? "still running"
    return "\(place): \(failure ?? "ok"); \(exit)"
      + "\n--- screen ---\n\(screen)\n--- printed after the last match ---\n\(streamTail)"
  }
}

extension PlanshProcess {
  /// The `python3` that runs the driver, or nil when there is none on PATH.
  static let python: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let folders = path.split(separator: ":").map(String.init) + ["/usr/bin"]
    return folders.map { $0 + "/python3" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// The driver script in `Tests/Terminal`.
  static var terminalDriver: String {
    packageRoot.appendingPathComponent("Tests/Terminal/pty_driver.py").path
  }

  /// Runs plansh in a pseudo-terminal of `rows` by `columns` with the clean environment,
  /// TERM=xterm and a UTF-8 locale, and plays `steps` against it.
  func runAtTerminal(
    _ arguments: [String] = [], environment extra: [String: String] = [:],
    rows: Int = 24, columns: Int = 100, steps: [TerminalStep]
  ) throws -> TerminalRun {
    guard let python = Self.python else { throw DriverError("python3 is not installed") }
    let name = UUID().uuidString
    let specPath = path("pty-\(name).json")
    let resultPath = path("pty-\(name)-result.json")
    let environment = self.environment.merging(["TERM": "xterm", "LANG": "C.UTF-8"]) { $1 }
      .merging(extra) { $1 }
    let spec: [String: Any] = [
      "argv": [Self.executable.path] + arguments, "env": environment, "cwd": folder.path,
      "rows": rows, "cols": columns, "steps": steps.map(\.json),
    ]
    try JSONSerialization.data(withJSONObject: spec).write(to: URL(fileURLWithPath: specPath))

    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [Self.terminalDriver, specPath, resultPath]
    // A file, not a pipe, for the driver's own errors: nothing to drain while it runs.
    let logPath = path("pty-\(name).log")
    _ = FileManager.default.createFile(atPath: logPath, contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: logPath)
    process.standardError = FileHandle(forWritingAtPath: logPath)
    try process.run()
    process.waitUntilExit()
    guard let data = FileManager.default.contents(atPath: resultPath) else {
      let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
      let status = process.terminationStatus
      throw DriverError("pty_driver.py wrote no result (exit \(status)):\n\(log)")
    }
    return try JSONDecoder().decode(TerminalRun.self, from: data)
  }

  /// Runs plansh without a terminal and parses its JSON output (an array of objects).
  func json(_ arguments: [String]) throws -> [[String: Any]] {
    let result = try run(arguments)
    guard result.status == 0,
      let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        as? [[String: Any]]
    else { throw DriverError("plansh \(arguments) failed: \(result.stderr)") }
    return rows
  }

  /// The mistake of a run that could not happen at all.
  struct DriverError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}
