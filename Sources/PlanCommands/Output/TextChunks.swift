/// Collects output and hands it on in pieces of whole lines, so that a large listing is
/// written while it is made instead of being held whole as one string.
struct TextChunks {
  /// About how many bytes a piece holds before it is handed on.
  static let pieceSize = 1 << 16

  private let write: (String) -> Void
  private var pending = ""
  /// A line being written as bytes, which are cheaper to add to than a string.
  private var bytes: [UInt8] = []

  init(_ write: @escaping (String) -> Void) {
    self.write = write
    pending.reserveCapacity(Self.pieceSize + 4_096)
  }

  /// Adds `text`, handing on what has gathered once it passes the piece size.
  mutating func append(_ text: String) {
    pending += text
    if pending.utf8.count >= Self.pieceSize { flush() }
  }

  /// Adds `line` and a line break.
  mutating func line(_ line: String) {
    pending += line
    append("\n")
  }

  /// Adds a line that `body` writes as UTF-8 bytes, and a line break.
  mutating func line(writing body: (inout [UInt8]) -> Void) {
    bytes.removeAll(keepingCapacity: true)
    body(&bytes)
    line(String(decoding: bytes, as: UTF8.self))
  }

  /// Hands on whatever has gathered.
  mutating func flush() {
    if pending.isEmpty { return }
    write(pending)
    pending = ""
    pending.reserveCapacity(Self.pieceSize + 4_096)
  }
}
