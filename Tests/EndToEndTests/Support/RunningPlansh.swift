import Foundation

/// A `plansh` started in the background: its input fed line by line through a pipe, its
/// output written to files in the scratch folder, and it can be killed at any moment.
final class RunningPlansh {
  let process = Process()
  private let input = Pipe()
  private let stdoutPath: String
  private let stderrPath: String

  /// Starts plansh with `arguments` in `plansh`'s folder and clean environment.
  init(_ plansh: PlanshProcess, _ arguments: [String], name: String = "running") throws {
    // A write to a plansh that has gone must fail, not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
    stdoutPath = plansh.path("\(name).stdout")
    stderrPath = plansh.path("\(name).stderr")
    for path in [stdoutPath, stderrPath] {
      _ = FileManager.default.createFile(atPath: path, contents: nil)
    }
    process.executableURL = PlanshProcess.executable
    process.arguments = arguments
    process.currentDirectoryURL = plansh.folder
    process.environment = plansh.environment
    process.standardInput = input
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
    try process.run()
  }

  /// Writes `line` and a newline; false once plansh no longer reads.
  @discardableResult
  func write(_ line: String) -> Bool {
    do {
      try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
      return true
    } catch {
      return false
    }
  }

  /// Ends plansh's input, as the end of a script does.
  func closeInput() {
    try? input.fileHandleForWriting.close()
  }

  /// Sends SIGKILL, unless plansh has already exited.
  func kill() {
    if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
  }

  /// Waits for plansh to end; returns what it printed and how it ended.
  func wait() -> PlanshProcess.Result {
    process.waitUntilExit()
    closeInput()
    let read = { (path: String) in
      (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
    let status = process.terminationReason == .uncaughtSignal ? -1 : process.terminationStatus
    return PlanshProcess.Result(stdout: read(stdoutPath), stderr: read(stderrPath), status: status)
  }

  /// Whatever plansh has printed on stdout so far.
  var stdoutSoFar: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
}

extension PlanshProcess {
  /// Runs the `sqlite3` command-line shell on `store` with `arguments`; returns stdout.
  func sqlite3(_ store: String, _ arguments: String...) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [store] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Copies a store file and its write-ahead log, if any, to `target`.
  static func copyStore(_ source: String, to target: String) throws {
    let manager = FileManager.default
    for suffix in ["", "-wal"] where manager.fileExists(atPath: source + suffix) {
      try? manager.removeItem(atPath: target + suffix)
      try manager.copyItem(atPath: source + suffix, toPath: target + suffix)
    }
  }
}
