import PlanCommands
import Testing

@Suite("Parsing JSON and saying where it is wrong")
struct JSONParserTests {
  /// The failure parsing `text` gives; records an issue when it parses.
  private func failure(_ text: String) -> JSONParser.Failure? {
    do {
      let value = try JSONParser.parse(text)
      Issue.record("parsed \(value) from \(text)")
      return nil
    } catch {
      return error
    }
  }

  @Test("objects keep their keys in file order and nest arrays and literals")
  func parsesDocument() throws {
    let value = try JSONParser.parse(#"{"b": [1, -2.5e1, true, null], "a": "x"}"#)
    #expect(
      value
        == .object([
          ("b", .array([.number(1), .number(-25), .bool(true), .null])), ("a", .string("x")),
        ]))
  }

  @Test("a missing value between commas is reported at its line and column")
  func doubleComma() {
    let found = failure(#"{"a": [1, 2,, 3]}"#)
    #expect(found?.line == 1)
    #expect(found?.column == 13)
    #expect(found?.reason == "expected a value")
  }

  @Test("lines and columns count from 1 across line breaks")
  func multiLineLocation() {
    let found = failure("{\n  \"a\": 1,\n  \"b\": tru\n}")
    #expect(found.map { [$0.line, $0.column] } == [3, 8])
  }

  @Test("columns count characters, not UTF-8 bytes")
  func columnsCountCharacters() {
    let found = failure(#"{"café": x}"#)
    #expect(found.map { [$0.line, $0.column] } == [1, 10])
  }

  @Test(
    "a missing colon, comma or closing bracket is reported where expected",
    arguments: [
      (#"{"a" 1}"#, 6, "expected ':' after the key"),
      (#"{"a": 1 "b": 2}"#, 9, "expected ',' or '}' in an object"),
      ("[1 2]", 4, "expected ',' or ']' in an array"),
      ("{a: 1}", 2, "expected a quoted key"),
      ("[1,]", 4, "expected a value"),
    ])
  func structuralErrors(text: String, column: Int, reason: String) {
    let found = failure(text)
    #expect(found?.column == column)
    #expect(found?.reason == reason)
  }

  @Test("an unclosed string, a raw control character and a bad escape are refused")
  func stringErrors() {
    #expect(failure(#"["abc"#)?.reason == "a string is not closed")
    #expect(failure("[\"a\tb\"]")?.reason == "a control character inside a string")
    #expect(failure("[\"a\tb\"]")?.column == 4)
    #expect(failure(#"["a\qb"]"#)?.reason.hasPrefix("an unknown escape") == true)
  }

  @Test("text after the value and an empty document are refused")
  func wholeDocument() {
    #expect(failure("[1] [2]")?.reason == "unexpected text after the value")
    #expect(failure("[1] [2]")?.column == 5)
    #expect(failure("   ")?.reason == "the document ends where a value should be")
  }

  @Test("escapes, \\u escapes and surrogate pairs decode")
  func unicodeEscapes() throws {
    let value = try JSONParser.parse(#"["\u00e9\u65e5\ud83d\ude00", "\"\\\/\b\f\n\r\t"]"#)
    #expect(value == .array([.string("é日😀"), .string("\"\\/\u{8}\u{C}\n\r\t")]))
  }

  @Test("raw UTF-8 text passes through unchanged")
  func rawUnicode() throws {
    #expect(try JSONParser.parse(#""Café 日本 👍🏽""#) == .string("Café 日本 👍🏽"))
  }

  @Test(
    "an unpaired surrogate is refused",
    arguments: [
      #"["\ud83d"]"#, #"["\ude00"]"#, #"["\ud83d\u0041"]"#, #"["\ud83dx"]"#,
    ])
  func unpairedSurrogates(text: String) {
    #expect(failure(text)?.reason == "an unpaired surrogate")
  }

  @Test("a \\u escape needs four hex digits")
  func shortHexEscape() {
    #expect(failure(#"["\u12"]"#)?.reason == #"expected four hex digits after \u"#)
  }

  @Test("a byte-order mark before the document is allowed")
  func byteOrderMark() throws {
    #expect(try JSONParser.parse("\u{FEFF}[true]") == .array([.bool(true)]))
  }

  @Test(
    "words that are not JSON literals or numbers are refused",
    arguments: [
      "tru", "nul", "True", "NaN", "Infinity", "+1", ".5", "1e400", "'a'",
    ])
  func badLiterals(text: String) {
    #expect(failure(text) != nil)
  }

  @Test(
    "numbers outside RFC 8259's grammar are refused",
    arguments: [
      "01", "-01", "00", "1.", "-.5", "1.e5", "1e", "1e+", "-", "0x10", "1.5.2",
    ])
  func strictNumbers(text: String) {
    #expect(failure(text) != nil)
  }

  @Test(
    "numbers inside RFC 8259's grammar are read",
    arguments: [
      ("0", 0.0), ("-0", 0.0), ("10", 10), ("-1.25", -1.25), ("1e3", 1000), ("2.5E-1", 0.25),
      ("1e+2", 100),
    ])
  func goodNumbers(text: String, number: Double) throws {
    #expect(try JSONParser.parse(text) == .number(number))
  }

  @Test("nesting deeper than 200 levels is refused rather than overflowing the stack")
  func deepNesting() {
    let text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    #expect(failure(text)?.reason == "values are nested more than 200 deep")
  }

  @Test("numbers and booleans read as text the way Salesforce fields need")
  func valueText() {
    #expect(JSONValue.number(125_000).text == "125000")
    #expect(JSONValue.number(87_500.5).text == "87500.5")
    #expect(JSONValue.bool(true).text == "true")
    #expect(JSONValue.null.text == nil)
  }

  @Test("field lookup ignores case; subscript does not")
  func fieldLookup() throws {
    let record = try JSONParser.parse(#"{"StageName": "Closed Won"}"#)
    #expect(record.field("stagename") == .string("Closed Won"))
    #expect(record["stagename"] == nil)
  }
}
