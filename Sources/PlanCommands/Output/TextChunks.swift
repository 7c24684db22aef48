/// Collects output and hands it on in pieces of whole lines, so that a large listing is
/// written while it is made instead of being held whole as one string.
struct TextChunks {
  /// About how many bytes a piece holds before it is handed on.
  static let pieceSize = 1 << 16

  private let write: (String) -> Void
  private var pending = ""

  init(_ write: @escaping (String) -> Void) { self.write = write }

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

  /// Hands on whatever has gathered.
  mutating func flush() {
    if pending.isEmpty { return }
    write(pending)
    pending = ""
  }
}
