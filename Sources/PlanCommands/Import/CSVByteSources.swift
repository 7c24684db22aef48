import Foundation

/// The bytes of text held in memory.
struct CSVTextBytes: CSVByteSource {
  private let bytes: [UInt8]
  private var index: Int

  init(_ text: String) {
    bytes = Array(text.utf8)
    index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  mutating func next() -> UInt8? {
    guard index < bytes.count else { return nil }
    defer { index += 1 }
    return bytes[index]
  }
}

/// The bytes of a file, read a buffer at a time: a file of any size costs one buffer.
final class CSVFileBytes: CSVByteSource {
  private static let bufferSize = 1 << 16
  private let file: ReadOnlyFile
  private var buffer: [UInt8]
  private var count = 0
  private var index = 0
  /// Bytes read so far, for progress.
  private(set) var offset = 0

  /// Opens `path`; nil when it cannot be read (a folder cannot).
  init?(path: String) {
    guard let file = ReadOnlyFile(path: path) else { return nil }
    self.file = file
    buffer = [UInt8](repeating: 0, count: Self.bufferSize)
    if (try? refill()) == true, count >= 3, buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
      offset = 3
    }
  }

  func next() throws(CSVReader.Failure) -> UInt8? {
    if index == count, try !refill() { return nil }
    defer {
      index += 1
      offset += 1
    }
    return buffer[index]
  }

  /// Reads the next buffer; false at the end of the file.
  private func refill() throws(CSVReader.Failure) -> Bool {
    let file = self.file
    let read = buffer.withUnsafeMutableBytes { bytes in
      Result { () throws(FileReadError) in try file.read(into: bytes) }
    }
    switch read {
    case .success(let got): count = got
    case .failure(let error):
      throw CSVReader.Failure(line: 0, column: 0, reason: "cannot read the file: \(error.reason)")
    }
    index = 0
    return count > 0
  }
}
