import Foundation
import Testing

/// Runs plansh with a pseudo-terminal as its stdin, stdout and stderr, as a person at a
/// terminal would: typed input goes in, everything the terminal would show comes back.
struct TerminalRun {
  /// What the terminal showed, escapes and all.
  let screen: String
  let status: Int32

  /// Runs plansh with `arguments`, types `input`, and waits for it to end (after 30 s
  /// without an end it is killed, and the test fails, rather than hanging the suite).
  init(
    _ plansh: PlanshProcess, _ arguments: [String], input: String,
    environment extra: [String: String] = [:]
  ) throws {
    let master = PseudoTerminalCalls.openMaster(O_RDWR | O_NOCTTY)
    #expect(master >= 0 && PseudoTerminalCalls.grant(master) == 0)
    #expect(PseudoTerminalCalls.unlock(master) == 0)
    let slavePath = String(cString: try #require(PseudoTerminalCalls.slaveName(master)))
    let slave = try FileHandle(forUpdating: URL(fileURLWithPath: slavePath))
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)

    let process = Process()
    process.executableURL = PlanshProcess.executable
    process.arguments = arguments
    process.currentDirectoryURL = plansh.folder
    process.environment = plansh.environment.merging(extra) { $1 }
    process.standardInput = slave
    process.standardOutput = slave
    process.standardError = slave
    try process.run()
    try slave.close()

    var shown = Data()
    var buffer = [UInt8](repeating: 0, count: 4_096)
    let pending = Array(input.utf8)
    var written = 0
    let started = Date()
    while process.isRunning || Self.read(master, into: &buffer, appending: &shown) {
      // Type once plansh has shown something (its banner or prompt), one key at a time.
      if written < pending.count && !shown.isEmpty {
        let count = pending[written...].withUnsafeBytes { write(master, $0.baseAddress, 1) }
        if count > 0 { written += count }
      }
      _ = Self.read(master, into: &buffer, appending: &shown)
      if Date().timeIntervalSince(started) > 30, process.isRunning {
        Issue.record("plansh did not end at the terminal; killed")
        process.terminate()
      }
      usleep(2_000)
    }
    process.waitUntilExit()
    close(master)
    screen = String(decoding: shown, as: UTF8.self)
    status = process.terminationStatus
  }

  /// Reads what is waiting on the terminal's master side; false when nothing was.
  private static func read(_ master: Int32, into buffer: inout [UInt8], appending: inout Data)
    -> Bool
  {
    let count = buffer.withUnsafeMutableBytes { Foundation.read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }
    appending.append(contentsOf: buffer[..<count])
    return true
  }
}

/// glibc's pseudo-terminal calls (`posix_openpt`, `grantpt`, `unlockpt`, `ptsname`), which
/// Swift's Glibc module leaves out (they need `_XOPEN_SOURCE`): looked up at run time.
enum PseudoTerminalCalls {
  typealias OneDescriptor = @convention(c) (Int32) -> Int32
  typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

  static let openMaster = function("posix_openpt", as: OneDescriptor.self)
  static let grant = function("grantpt", as: OneDescriptor.self)
  static let unlock = function("unlockpt", as: OneDescriptor.self)
  static let slaveName = function("ptsname", as: Name.self)

  private static func function<T>(_ name: String, as type: T.Type) -> T {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
      fatalError("glibc has no \(name)")
    }
    return unsafeBitCast(symbol, to: type)
  }
}
