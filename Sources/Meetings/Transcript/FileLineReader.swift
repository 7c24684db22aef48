import Foundation
import PlanCommands

/// A file read a line at a time through one buffer, so a file of any size costs one
/// buffer and its longest line.
final class FileLineReader {
  private static let chunk = 1 << 16
  private let file: ReadOnlyFile?
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  /// Opens `path`; nil when it cannot be read (a folder cannot).
  init?(path: String) {
    guard let file = ReadOnlyFile(path: path) else { return nil }
    self.file = file
  }

  /// Lines of `bytes` already read: a pipe's transcript, which can be read only once.
  init(bytes: [UInt8]) {
    file = nil
    buffer = bytes
    atEnd = true
  }

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
    guard let file else {
      atEnd = true
      return
    }
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
    let read = buffer.withUnsafeMutableBytes { bytes in
      Result { () throws(FileReadError) in
        try file.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[old...]))
      }
    }
    let got = (try? read.get()) ?? 0
    buffer.removeSubrange((old + got)...)
    if case .failure(let error) = read { throw error }
    if got == 0 { atEnd = true }
  }
}
