import Foundation

/// Lines read from a file descriptor (a script file, or standard input that is not a
/// terminal) as they arrive, bytes kept exactly: a `\r` or NUL stays in the line for the
/// script runner to handle deliberately.
public final class StreamLines: LineSource {
  private let descriptor: Int32
  private let closesDescriptor: Bool
  private var buffer: [UInt8] = []
  private var finished = false
  public let isInteractive = false

  /// Reads standard input.
  public static func standardInput() -> StreamLines {
    StreamLines(descriptor: 0, closesDescriptor: false)
  }

  /// Opens the file at `path`; nil when it cannot be read.
  public static func file(_ path: String) -> StreamLines? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      return nil
    }
    return StreamLines(descriptor: descriptor, closesDescriptor: true)
  }

  private init(descriptor: Int32, closesDescriptor: Bool) {
    self.descriptor = descriptor
    self.closesDescriptor = closesDescriptor
  }

  deinit {
    if closesDescriptor { close(descriptor) }
  }

  public func readLine(_ prompt: Prompt) -> InputEvent {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return .line(String(decoding: line, as: UTF8.self))
      }
      if finished {
        if buffer.isEmpty { return .end }
        defer { buffer.removeAll() }
        return .line(String(decoding: buffer, as: UTF8.self))
      }
      fill()
    }
  }

  private func fill() {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      buffer.append(contentsOf: chunk[..<count])
    } else if count == 0 || errno != EINTR {
      finished = true
    }
  }
}
