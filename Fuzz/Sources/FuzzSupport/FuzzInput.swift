import Foundation

/// Turns libFuzzer's bytes into what the parsers read: text, or a file.
public enum FuzzInput {
  /// The bytes as text, invalid UTF-8 repaired as any file reader would.
  public static func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
    String(decoding: buffer(bytes, count), as: UTF8.self)
  }

  /// Writes the bytes, exactly, to `name` in this process's scratch folder; returns its path.
  public static func file(_ name: String, _ bytes: UnsafePointer<UInt8>?, _ count: Int)
    -> String
  {
    let path = folder + "/" + name
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(descriptor >= 0, "cannot write \(path)")
    defer { close(descriptor) }
    var rest = UnsafeRawBufferPointer(buffer(bytes, count))
    while !rest.isEmpty {
      let written = Foundation.write(descriptor, rest.baseAddress, rest.count)
      precondition(written > 0, "cannot write \(path)")
      rest = UnsafeRawBufferPointer(rebasing: rest[written...])
    }
    return path
  }

  /// Writes `text` to `name` in the scratch folder; returns its path.
  public static func file(_ name: String, text: String) -> String {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { file(name, $0.baseAddress, $0.count) }
  }

  /// `$TMPDIR/plansh-fuzz-PID`, made on first use (scripts/fuzz points TMPDIR at a
  /// folder it removes afterwards).
  public static let folder: String = {
    let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    let path = "\(base)/plansh-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// The package's root folder (where `agendas/` and `samples/` are), from this file.
  public static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  private static func buffer(_ bytes: UnsafePointer<UInt8>?, _ count: Int)
    -> UnsafeBufferPointer<UInt8>
  {
    UnsafeBufferPointer(start: count > 0 ? bytes : nil, count: count)
  }
}
