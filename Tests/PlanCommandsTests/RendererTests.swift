import PlanCommands
import Testing

@Suite("Tables for people")
struct RendererTests {
  private let places = Listing(
    columns: [ListingColumn("name", "NAME"), ListingColumn("city", "CITY")],
    rows: [[.text("日本語"), .text("Tokyo")], [.text("abc"), .text("Paris")]],
    emptyMessage: "none")

  private func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init)
  }

  @Test("columns line up by display width, so wide characters take two columns")
  func wideCharactersAlign() {
    let text = Renderer().render(.listing(places))
    #expect(
      lines(text) == [
        "NAME    CITY", "──────  ─────", "日本語  Tokyo", "abc     Paris",
      ])
  }

  @Test("right-aligned columns pad on the left")
  func rightAlignment() {
    let listing = Listing(
      columns: [ListingColumn("amount", "AMOUNT", alignRight: true)],
      rows: [[.money(12_500_000)], [.money(5)]], emptyMessage: "")
    #expect(
      lines(Renderer().render(.listing(listing)))
        == [" AMOUNT", "───────", "125,000", "   0.05"])
  }

  @Test("a table fits the terminal width, cutting the widest cells with an ellipsis")
  func fitsTheWidth() {
    let long = String(repeating: "Logistics ", count: 8)
    let listing = Listing(
      columns: [
        ListingColumn("id", "ID"), ListingColumn("name", "NAME"),
        ListingColumn("note", "NOTE"),
      ],
      rows: [[.integer(1), .text(long), .text(String(repeating: "日本語のメモ", count: 3))]],
      emptyMessage: "")
    let text = Renderer(width: 40).render(.listing(listing))

    for line in lines(text) { #expect(DisplayWidth.of(line) <= 40, "\(line)") }
    #expect(lines(text)[2].contains("…"))
  }

  @Test("a heading longer than its fitted column is cut too, so the table still fits")
  func longHeadingsFit() {
    let listing = Listing(
      columns: [
        ListingColumn("opportunity", "OPPORTUNITY"),
        ListingColumn("description", "DESCRIPTION"), ListingColumn("stage", "STAGE NAME"),
      ],
      rows: [
        [
          .text(String(repeating: "x", count: 30)), .text(String(repeating: "y", count: 30)),
          .text(String(repeating: "z", count: 30)),
        ]
      ],
      emptyMessage: "")
    let text = Renderer(width: 26).render(.listing(listing))

    for line in lines(text) { #expect(DisplayWidth.of(line) <= 26, "\(line)") }
    #expect(lines(text)[0] == "OPPORT…  DESCRI…  STAGE N…")
  }

  @Test("headings are bold only when colour is allowed")
  func colourOnlyWhenAllowed() {
    #expect(Renderer(colour: true).render(.listing(places)).hasPrefix("\u{1B}[1mNAME"))
    #expect(!Renderer(colour: false).render(.listing(places)).contains("\u{1B}"))
  }

  @Test("messages end in a newline and nothing prints nothing")
  func messagesAndNothing() {
    #expect(Renderer().render(.message("done")) == "done\n")
    #expect(Renderer().render(.none) == "")
  }
}
