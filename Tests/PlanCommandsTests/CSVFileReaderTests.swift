import Foundation
import Testing

@testable import PlanCommands

/// The CSV file reader reads a buffer at a time: records, places and UTF-8 must not
/// depend on where the buffers break.
@Suite("Reading CSV files a buffer at a time")
struct CSVFileReaderTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("plansh-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  private func file(_ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent("\(UUID().uuidString).csv")
    try Data(bytes).write(to: url)
    return url.path
  }

  private func text(_ string: String) -> [UInt8] { Array(string.utf8) }

  @Test("a file read in buffers gives what the text reader gives, wherever the breaks fall")
  func sameAsText() throws {
    // Each padding moves a CRLF, a quoted line break, a doubled quote and a four-byte
    // character across the 64 KB buffer boundary in turn.
    let tail = "\"a\r\nb\",\"say \"\"hi\"\"\",caf\u{E9} \u{1F600}\r\nlast,row\r\n"
    for padding in 65_500..<65_540 {
      let content = "x," + String(repeating: "p", count: padding) + "\r\n" + tail
      var reader = try CSVFileReader(file: try file(text(content)))
      var fromFile: [[CSVReader.Field]] = []
      while let record = try reader.next() { fromFile.append(record) }

      #expect(fromFile == (try CSVReader.records(content)), "padding \(padding)")
    }
  }

  @Test("a byte-order mark is skipped; bytes that only start one are text")
  func byteOrderMark() throws {
    let marked = try CSVFileReader.records(of: try file([0xEF, 0xBB, 0xBF] + text("a,b\n")))
    #expect(marked.map { $0.map(\.text) } == [["a", "b"]])
    #expect(marked[0][0].column == 1)

    #expect(throws: ImportError.self) {
      try CSVFileReader.records(of: try file([0xEF, 0xBB] + text("a\n")))
    }
  }

  @Test("a field that is not UTF-8 is named by its line and column")
  func notUTF8() throws {
    let path = try file(text("name,city\nAna,") + [0x43, 0x61, 0x66, 0xE9] + text("\n"))
    #expect(
      throws: ImportError.malformed(
        file: path, line: 2, column: 5, reason: "the field is not UTF-8 text")
    ) {
      try CSVFileReader.records(of: path)
    }
  }

  @Test("a CR alone inside a quoted field ends a line, as it does outside one")
  func lineBreakInQuotesCountsLines() throws {
    // name,segment | "A | B",Z : the Z is on line 3, column 4, whatever the line ends.
    for end in ["\r", "\n", "\r\n"] {
      let content = ["name,segment", "\"A", "B\",Z", ""].joined(separator: end)
      let records = try CSVFileReader.records(of: try file(text(content)))
      #expect(records[1][1] == CSVReader.Field(text: "Z", line: 3, column: 4), "\(end.utf8)")
      #expect(records[1][0].text == "A" + end + "B")
    }
  }

  @Test("a folder is no CSV file, and no place in it is named")
  func folderIsNoFile() throws {
    let path = folder.appendingPathComponent("Account.csv").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    #expect(throws: ImportError.missing(path: path)) { try CSVFileReader(file: path) }
    #expect(throws: ImportError.missing(path: path)) { try CSVFileReader.countRows(of: path) }
  }

  @Test("rows are counted without reading fields: quoted breaks are not rows")
  func countRows() throws {
    let cases: [(String, Int)] = [
      ("", 0), ("a", 1), ("a\n", 1), ("a\nb", 2), ("a\r\nb\r\n", 2), ("a\rb\r", 2),
      ("\"x\ny\",z\nw\n", 2), ("h\n\n\nr\n", 4),
      // A quote inside an unquoted field is text, as the parser reads it; doubled quotes
      // stay inside their field.
      ("name\nAcme 12\" pipe\nBeta\nGamma\n", 4), ("a\n\"say \"\"hi\"\"\nthere\",b\nc\n", 3),
      ("a,\"x\"y\nb\n", 2),
    ]
    for (content, rows) in cases {
      #expect(try CSVFileReader.countRows(of: try file(text(content))) == rows, "\(content)")
    }
  }

  @Test("a missing file is named")
  func missing() {
    #expect(throws: ImportError.missing(path: "/no/such/file.csv")) {
      try CSVFileReader(file: "/no/such/file.csv")
    }
  }
}

@Suite("The reference table of an import")
struct ReferenceTableTests {
  @Test("it finds every key it was given, after growing many times, and no other")
  func findsKeys() {
    var table = ReferenceTable()
    for number in 0..<20_000 { table["003\(number)"] = Int64(number) }
    table["0037"] = -7

    #expect(table.count == 20_000)
    #expect(
      (0..<20_000).allSatisfy { number in
        table["003\(number)"] == (number == 7 ? -7 : Int64(number))
      })
    #expect(table["003"] == nil && table["0037 "] == nil && table[""] == nil)
    table[""] = 1
    #expect(table[""] == 1 && table["é"] == nil)
  }
}
