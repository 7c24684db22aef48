/// Collects output as UTF-8 and hands it on in pieces of whole lines, so that a large
/// listing is written while it is made instead of being held whole.
///
/// Everything added is valid UTF-8 by construction (strings, and lines made of their
/// bytes), so nothing is decoded again on the way out; debug builds check each piece.
struct TextChunks {
  /// About how many bytes a piece holds before it is handed on.
  static let pieceSize = 1 << 16

  private let write: ([UInt8]) -> Void
  private var pending: [UInt8] = []
  /// A line being written as bytes.
  private var scratch: [UInt8] = []

  init(_ write: @escaping ([UInt8]) -> Void) {
    self.write = write
    pending.reserveCapacity(Self.pieceSize + 4_096)
  }

  /// Adds `text`, handing on what has gathered once it passes the piece size.
  mutating func append(_ text: String) {
    pending.append(contentsOf: text.utf8)
    if pending.count >= Self.pieceSize { flush() }
  }

  /// Adds `line` and a line break.
  mutating func line(_ line: String) {
    pending.append(contentsOf: line.utf8)
    endLine()
  }

  /// Adds a line given as UTF-8 bytes, and a line break.
  mutating func line(utf8 line: [UInt8]) {
    pending.append(contentsOf: line)
    endLine()
  }

  /// Adds a line that `body` writes as UTF-8 bytes, and a line break.
  mutating func line(writing body: (inout [UInt8]) -> Void) {
    scratch.removeAll(keepingCapacity: true)
    body(&scratch)
    pending.append(contentsOf: scratch)
    endLine()
  }

  private mutating func endLine() {
    pending.append(UInt8(ascii: "\n"))
    if pending.count >= Self.pieceSize { flush() }
  }

  /// Hands on whatever has gathered.
  mutating func flush() {
    if pending.isEmpty { return }
    assert(String(validating: pending, as: UTF8.self) != nil, "output that is not UTF-8")
    write(pending)
    pending.removeAll(keepingCapacity: true)
  }
}
