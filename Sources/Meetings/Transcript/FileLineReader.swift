import Foundation

/// A file read a line at a time through one buffer, so a file of any size costs one
/// buffer and its longest line.
final class FileLineReader {
  private static let chunk = 1 << 16
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  /// Opens `path`; nil when it cannot be read (a folder cannot).
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
  }

  /// Lines of `bytes` already read: a pipe's transcript, which can be read only once.
  init(bytes: [UInt8]) {
    descriptor = -1
    buffer = bytes
    atEnd = true
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// The whole of `path` when it is not a regular file (a pipe, `/dev/stdin`) and so
  /// cannot be read twice; nil for a regular file, or one that cannot be opened.
  static func contentsUnlessRegular(path: String) throws(FileReadError) -> [UInt8]? {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG,
      status.st_mode & S_IFMT != S_IFDIR, let file = FileLineReader(path: path)
    else { return nil }
    while !file.atEnd { try file.fill() }
    return file.buffer
  }

  /// The next line without its line feed, and whether one ended it; nil at the end.
  /// Throws the system's reason when the file cannot be read.
  func next() throws(FileReadError) -> (bytes: ArraySlice<UInt8>, terminated: Bool)? {
    var searched = start
    while true {
      if let feed = buffer[searched...].firstIndex(of: 0x0A) {
        defer { start = feed + 1 }
        return (buffer[start..<feed], true)
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return (buffer[start...], false)
      }
      buffer.removeSubrange(..<start)
      start = 0
      searched = buffer.count
      try fill()
    }
  }

  private func fill() throws(FileReadError) {
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
    var got = 0
    repeat {
      got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, Self.chunk) }
    } while got < 0 && errno == EINTR
    buffer.removeSubrange((old + max(got, 0))...)
    guard got >= 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
    if got == 0 { atEnd = true }
  }
}

/// Why a file could not be read, as the system says it.
struct FileReadError: Error {
  let reason: String
}
