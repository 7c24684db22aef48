/// Makes stored text safe inside Markdown: it stays plain text when rendered.
public enum MarkdownText {
  /// The characters CommonMark could read as markup, HTML or an entity.
  private static let special: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|",
    "#", "&", "~",
  ]

  /// `text` with control characters shown as escapes (so a line break cannot end a table
  /// row or a list item) and every markup character backslash-escaped, so that `<script>`
  /// or `&amp;` shows as typed instead of becoming HTML.
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in TerminalText.neutralized(text) {
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
