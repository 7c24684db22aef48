/// Fitting text into boxes on a picture, where nothing wraps by itself.
///
/// Widths are estimated from terminal columns (a wide character counts twice), at about
/// 0.6 of the font size per column: generous for proportional fonts, so text stays
/// inside its box.
enum PictureText {
  /// How many columns fit in `width` pixels at font `size`.
  static func columns(_ width: Double, size: Double) -> Int {
    max(1, Int(width / (size * 0.6)))
  }

  /// `text` on one line, cut with `…` to fit `width` pixels; control characters shown as
  /// escapes first, so a line break in data never breaks the picture's layout.
  static func fit(_ text: String, width: Double, size: Double) -> String {
    DisplayWidth.truncate(TerminalText.neutralized(text), to: columns(width, size: size))
  }

  /// `text` wrapped at spaces into at most `lines` lines that fit `width` pixels; a word
  /// too long for a line is cut, and text left over ends the last line with `…`.
  static func wrap(_ text: String, width: Double, size: Double, lines: Int) -> [String] {
    let limit = columns(width, size: size)
    var result: [String] = []
    var current = ""
    for word in TerminalText.neutralized(text).split(separator: " ").map(String.init) {
      let candidate = current.isEmpty ? word : current + " " + word
      if DisplayWidth.of(candidate) <= limit {
        current = candidate
        continue
      }
      if !current.isEmpty { result.append(current) }
      current = word
      while DisplayWidth.of(current) > limit {
        let head = cut(current, to: limit)
        result.append(head)
        current = String(current.dropFirst(head.count))
      }
    }
    if !current.isEmpty { result.append(current) }
    guard result.count > lines else { return result }
    var kept = Array(result.prefix(lines))
    var last = kept[lines - 1]
    while !last.isEmpty && DisplayWidth.of(last) + 1 > limit { last.removeLast() }
    kept[lines - 1] = last + "…"
    return kept
  }

  /// The longest start of `text` that fits `limit` columns (at least one character).
  private static func cut(_ text: String, to limit: Int) -> String {
    var head = ""
    var used = 0
    for character in text {
      let size = DisplayWidth.of(character)
      if used + size > limit && !head.isEmpty { break }
      head.append(character)
      used += size
    }
    return head
  }

  /// Money in short form for a small cell: `850k`, `1.2m`, `950`.
  static func money(_ minor: Int64) -> String {
    let major = Double(minor) / 100
    let magnitude = abs(major)
    if magnitude >= 1_000_000 { return short(major / 1_000_000) + "m" }
    if magnitude >= 1_000 { return short(major / 1_000) + "k" }
    return short(major)
  }

  private static func short(_ value: Double) -> String {
    let tenths = (value * 10).rounded() / 10
    if tenths == tenths.rounded() { return String(Int64(tenths)) }
    return String(tenths)
  }
}
