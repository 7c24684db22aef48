/// Collects output and hands it on in pieces of whole lines, so that a large listing is
/// written while it is made instead of being held whole as one string. Lines gather as
/// UTF-8 bytes, which are cheaper to add to than a string.
struct TextChunks {
  /// About how many bytes a piece holds before it is handed on.
  static let pieceSize = 1 << 16

  private let write: (String) -> Void
  private var pending: [UInt8] = []

  init(_ write: @escaping (String) -> Void) {
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

  /// Adds a line that `body` writes as bytes, and a line break.
  mutating func line(writing body: (inout [UInt8]) -> Void) {
    body(&pending)
    endLine()
  }

  private mutating func endLine() {
    pending.append(UInt8(ascii: "\n"))
    if pending.count >= Self.pieceSize { flush() }
  }

  /// Hands on whatever has gathered.
  mutating func flush() {
    if pending.isEmpty { return }
    write(String(decoding: pending, as: UTF8.self))
    pending.removeAll(keepingCapacity: true)
  }
}
