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
    switch output {
    case .none: return ""
    case .message(let text), .text(let text):
      return TerminalText.neutralizedKeepingLines(text) + "\n"
    case .listing(let listing):
      switch format {
      case .table: return table(listing)
      case .json: return JSONWriter.listing(listing) + "\n"
      case .csv: return CSVWriter.listing(listing)
      case .markdown: return markdown(listing)
      }
    }
  }

  private func table(_ listing: Listing) -> String {
    if listing.rows.isEmpty { return listing.emptyMessage + "\n" }
    let cells = listing.rows.map { row in row.map { TerminalText.neutralized($0.display) } }
    let widths = fittedWidths(listing.columns, cells)
    var lines: [String] = []
    let heading = zip(listing.columns, widths).map {
      pad(DisplayWidth.truncate($0.title, to: $1), $1, right: $0.alignRight)
    }
    let headingLine = heading.joined(separator: "  ").trailingSpacesRemoved
    lines.append(colour ? "\u{1B}[1m" + headingLine + "\u{1B}[0m" : headingLine)
    lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    for row in cells {
      let line = zip(listing.columns, zip(row, widths)).map { column, cell in
        pad(DisplayWidth.truncate(cell.0, to: cell.1), cell.1, right: column.alignRight)
      }
      lines.append(line.joined(separator: "  ").trailingSpacesRemoved)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Column widths that fit the terminal: the widest columns give way first.
  private func fittedWidths(_ columns: [ListingColumn], _ cells: [[String]]) -> [Int] {
    var widths = columns.map { DisplayWidth.of($0.title) }
    for row in cells {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
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

  private func pad(_ text: String, _ width: Int, right: Bool) -> String {
    let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    return right ? fill + text : text + fill
  }

  private func markdown(_ listing: Listing) -> String {
    func cell(_ text: String) -> String { MarkdownText.escape(text) }
    var lines = ["| " + listing.columns.map { cell($0.title) }.joined(separator: " | ") + " |"]
    lines.append("|" + listing.columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined())
    for row in listing.rows {
      lines.append("| " + row.map { cell($0.display) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  var trailingSpacesRemoved: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
