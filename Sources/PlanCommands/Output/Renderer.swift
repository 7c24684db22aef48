import Foundation

/// Turns command output into text in the session's format.
public struct Renderer: Sendable {
  public var format: OutputFormat
  /// The terminal's width in columns, or nil when output is not a terminal.
  public var width: Int?
  /// Whether escape sequences (bold headings) may be used.
  public var colour: Bool

  public init(format: OutputFormat = .table, width: Int? = nil, colour: Bool = false) {
    self.format = format
    self.width = width
    self.colour = colour
  }

  /// The text to print for `output`, ending in a newline unless empty.
  public func render(_ output: CommandOutput) -> String {
    var text = ""
    render(output) { text += $0 }
    return text
  }

  /// Hands the text for `output` to `write` in pieces of whole lines, as it is made: a
  /// listing of any size is never held as one string.
  public func render(_ output: CommandOutput, to write: (String) -> Void) {
    render(output, utf8: { write(String(decoding: $0, as: UTF8.self)) })
  }

  /// Like `render(_:to:)`, handing on the pieces as UTF-8 bytes, as they are made.
  public func render(_ output: CommandOutput, utf8 write: ([UInt8]) -> Void) {
    withoutActuallyEscaping(write) { write in
      var chunks = TextChunks(write)
      switch output {
      case .none:
        break
      case .message(let text), .text(let text):
        Self.lines(TerminalText.neutralizedKeepingLines(text), into: &chunks)
      case .lines(let lines):
        for index in lines.indices {
          let line = lines.utf8(at: index)
          if TerminalText.holdsControl(utf8: line, keepingLines: true) {
            let text = String(decoding: line, as: UTF8.self)
            chunks.line(TerminalText.neutralizedKeepingLines(text))
          } else {
            chunks.line(utf8: line)
          }
        }
      case .listing(let listing):
        switch format {
        case .table: table(listing, into: &chunks)
        case .json: JSONWriter.write(listing, into: &chunks)
        case .csv: CSVWriter.write(listing, into: &chunks)
        case .markdown: markdown(listing, into: &chunks)
        }
      }
      chunks.flush()
    }
  }

  /// `text` and a final line break, cut at line ends into pieces of about the piece size.
  private static func lines(_ text: String, into chunks: inout TextChunks) {
    var rest = Substring(text)
    while rest.utf8.count > TextChunks.pieceSize {
      let bytes = rest.utf8
      let cut = bytes.index(bytes.startIndex, offsetBy: TextChunks.pieceSize)
      guard let newline = bytes[cut...].firstIndex(of: UInt8(ascii: "\n")) else { break }
      let next = bytes.index(after: newline)
      chunks.append(String(rest[..<next]))
      rest = rest[next...]
    }
    chunks.line(String(rest))
  }

  private func table(_ listing: Listing, into chunks: inout TextChunks) {
    if listing.rows.isEmpty { return chunks.line(listing.emptyMessage) }
    let widths = fittedWidths(listing.columns, listing.rows)
    let alignments = listing.columns.map(\.alignRight)
    var heading: [UInt8] = []
    let titles = listing.columns.map { ($0.title, DisplayWidth.of($0.title)) }
    Self.write(titles, widths, alignments, into: &heading)
    let headingLine = String(decoding: heading, as: UTF8.self)
    chunks.line(colour ? "\u{1B}[1m" + headingLine + "\u{1B}[0m" : headingLine)
    chunks.line(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    for row in listing.rows {
      let cells = row.map(Self.cell)
      chunks.line { Self.write(cells, widths, alignments, into: &$0) }
    }
  }

  /// Writes one line of a table: each cell cut or padded to its column's width, two
  /// spaces apart, with no spaces at the end.
  private static func write(
    _ cells: [(text: String, width: Int)], _ widths: [Int], _ alignRight: [Bool],
    into bytes: inout [UInt8]
  ) {
    let start = bytes.count
    for (index, cell) in cells.enumerated() {
      if index > 0 { appendSpaces(2, to: &bytes) }
      var (text, width) = cell
      if width > widths[index] {
        text = DisplayWidth.truncate(text, to: widths[index])
        width = DisplayWidth.of(text)
      }
      let last = index == cells.count - 1
      if alignRight[index] { appendSpaces(widths[index] - width, to: &bytes) }
      bytes.append(contentsOf: text.utf8)
      if !alignRight[index] && !last { appendSpaces(widths[index] - width, to: &bytes) }
    }
    while bytes.count > start && bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
  }

  private static func appendSpaces(_ count: Int, to bytes: inout [UInt8]) {
    if count > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
  }

  /// A value as a table shows it, with control characters made visible, and its width.
  private static func cell(_ value: FieldValue) -> (text: String, width: Int) {
    let display = value.display
    if let width = DisplayWidth.plainWidth(display) { return (display, width) }
    let text = TerminalText.neutralized(display)
    return (text, DisplayWidth.of(text))
  }

  /// Column widths that fit the terminal: the widest columns give way first.
  private func fittedWidths(_ columns: [ListingColumn], _ rows: ListingRows) -> [Int] {
    var widths = columns.map { DisplayWidth.of($0.title) }
    for row in rows {
      for (index, value) in row.enumerated() {
        widths[index] = max(widths[index], Self.cell(value).width)
      }
    }
    guard let width else { return widths }
    let available = width - 2 * (columns.count - 1)
    while widths.reduce(0, +) > available {
      guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
        widths[widest] > 6
      else { break }
      widths[widest] -= 1
    }
    return widths
  }

  private func markdown(_ listing: Listing, into chunks: inout TextChunks) {
    func cell(_ text: String) -> String { MarkdownText.escape(text) }
    chunks.line("| " + listing.columns.map { cell($0.title) }.joined(separator: " | ") + " |")
    chunks.line("|" + listing.columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined())
    for row in listing.rows {
      chunks.line("| " + row.map { cell($0.display) }.joined(separator: " | ") + " |")
    }
  }
}
