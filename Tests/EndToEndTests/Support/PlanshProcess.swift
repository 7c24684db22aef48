import Foundation

/// Runs the built `plansh` binary as a user would, in a scratch folder of its own.
struct PlanshProcess {
  /// What one run printed and how it exited.
  struct Result {
    let stdout: String
    let stderr: String
    let status: Int32
  }

  /// A fresh folder for one test, removed by `cleanUp()`.
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("plansh-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func cleanUp() { try? FileManager.default.removeItem(at: folder) }

  /// The store file tests use by default.
  var store: String { folder.appendingPathComponent("plans.sqlite").path }

  /// A path inside the scratch folder.
  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The `plansh` executable SwiftPM built next to the test bundle.
  static var executable: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("plansh")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/plansh")
  }

  /// The package's root folder, found from this source file.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  /// `../shared/realdata/NAME/data` beside the package, or nil when it is absent.
  static func realData(_ name: String) -> String? {
    let path = packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/realdata/\(name)/data").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The clean environment every run gets: store, state, config and data all live in the
  /// scratch folder, so nothing of the user's own leaks in.
  var environment: [String: String] {
    [
      "PATH": "/usr/bin:/bin", "HOME": folder.path, "USER": "tester", "LANG": "C.UTF-8",
      "PLANSH_STORE": store, "XDG_STATE_HOME": path("state"),
      "XDG_CONFIG_HOME": path("config"), "XDG_DATA_HOME": path("data"),
    ]
  }

  /// Runs plansh with `arguments`, feeding `input` on stdin, with a clean environment
  /// whose store, state and config all live in the scratch folder.
  @discardableResult
  func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:])
    throws -> Result
  {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = environment.merging(extra) { $1 }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self), status: process.terminationStatus)
  }
}
