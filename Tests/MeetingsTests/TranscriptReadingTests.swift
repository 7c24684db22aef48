import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

/// The start of a good transcript; line 4 is the `---` that ends its header.
private let goodHeader = "plansh-transcript 1\nplan: \nstarted: 2026-12-04T15:00:00Z\n---\n"

/// A damaged transcript and what reading it must say.
struct DamagedTranscript: Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  /// The line the error names, and words of its reason; nil line for the whole file.
  let line: Int?
  let reason: String

  var testDescription: String { name }

  static let all: [DamagedTranscript] = [
    .init(name: "not a transcript", text: "# just notes\n", line: nil, reason: "not a plansh"),
    .init(name: "an empty file", text: "", line: nil, reason: "not a plansh"),
    .init(
      name: "a newer version", text: "plansh-transcript 2\n---\n", line: nil,
      reason: "newer"),
    .init(
      name: "a version that is no number", text: "plansh-transcript one\n---\n", line: 1,
      reason: "not a number"),
    .init(
      name: "a bad header line", text: "plansh-transcript 1\nplan Alpha\n---\n", line: 2,
      reason: "expected 'field: value'"),
    .init(
      name: "a bad escape in the header", text: "plansh-transcript 1\nplan: a\\qb\n---\n",
      line: 2, reason: "expected 'field: value'"),
    .init(
      name: "a header that never ends", text: "plansh-transcript 1\nplan: A\nuser: x\n",
      line: 3, reason: "the header never ends"),
    .init(
      name: "a bad record tag", text: goodHeader + "< fine\n? what is this\n", line: 6,
      reason: "must start with '>', '<' or '!'"),
    .init(
      name: "a bad escape in an output", text: goodHeader + "< fine\n< a \\q b\n", line: 6,
      reason: "a bad escape in 'a \\q b'"),
    .init(
      name: "an unterminated \\u escape", text: goodHeader + "< a \\u{41\n", line: 5,
      reason: "a bad escape"),
    .init(
      name: "a last line cut short", text: goodHeader + "< fine\n> 2026-12-04T15:00:0",
      line: 6, reason: "the last line is cut short"),
    .init(
      name: "an input without a timestamp", text: goodHeader + "> feedback | text\n",
      line: 5, reason: "expected '> TIME LABEL | TEXT'"),
    .init(
      name: "an input with a bad timestamp",
      text: goodHeader + "> 2026-13-45T99:00:00Z shell | plan list\n", line: 5,
      reason: "expected '> TIME LABEL | TEXT'"),
    .init(
      name: "an input without its bar", text: goodHeader + "> 2026-12-04T15:00:00Z shell x\n",
      line: 5, reason: "expected '> TIME LABEL | TEXT'"),
  ]
}

@Suite("Reading transcripts")
struct TranscriptReadingTests {
  private func write(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "plansh-transcript-\(UUID().uuidString).transcript"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test(
    "a damaged or foreign transcript is refused with the line that is wrong",
    arguments: DamagedTranscript.all)
  func damagedTranscriptRefused(_ damaged: DamagedTranscript) throws {
    let path = try write(damaged.text)
    defer { try? FileManager.default.removeItem(atPath: path) }

    let error = #expect(throws: TranscriptError.self) { try Transcript.read(path: path) }

    let text = error.map(String.init(describing:)) ?? ""
    #expect(text.hasPrefix("\(path):\(damaged.line ?? 1):1: "), "\(text)")
    #expect(text.contains(damaged.reason), "\(text)")
    switch error {
    case .damaged(_, let line, _): #expect(line == damaged.line)
    case .notATranscript, .newerVersion: #expect(damaged.line == nil)
    default: Issue.record("unexpected \(String(describing: error))")
    }
  }

  @Test("a newer format names the version found and the one read")
  func newerVersionNamesBoth() throws {
    let path = try write("plansh-transcript 7\n---\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: TranscriptError.newerVersion(path: path, found: 7)) {
      try Transcript.read(path: path)
    }
  }

  @Test("a file that is not UTF-8 is refused at its first line")
  func notUTF8Refused() throws {
    let path = NSTemporaryDirectory() + "plansh-binary-\(UUID().uuidString).transcript"
    try Data([0x70, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      throws: TranscriptError.damaged(
        path: path, line: 1,
        reason: "the line is not UTF-8 text")
    ) {
      try Transcript.read(path: path)
    }
  }

  @Test("a missing file cannot be read")
  func missingFile() {
    #expect(throws: TranscriptError.cannotRead(path: "/nonexistent/x.transcript")) {
      try Transcript.read(path: "/nonexistent/x.transcript")
    }
  }

  @Test("a folder is no transcript: it cannot be read, and is not called damaged")
  func folderCannotBeRead() throws {
    let path = NSTemporaryDirectory() + "plansh-folder-\(UUID().uuidString).transcript"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: TranscriptError.cannotRead(path: path)) { try Transcript.read(path: path) }
    #expect(throws: TranscriptError.cannotRead(path: path)) {
      try Replayer(path: path, mode: .check).run(like: MeetingFixture().session)
    }
  }

  @Test("a transcript that grows after it was counted never shows progress past its total")
  func growingTranscriptProgress() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = fixture.folder + "/growing.transcript"
    let input = "> 2026-12-04T15:00:00Z shell | plan list\n"
    try (goodHeader + String(repeating: input, count: 250)).write(
      toFile: path, atomically: true, encoding: .utf8)
    // Like a meeting still being recorded: 300 more inputs arrive as the replay runs.
    let sink = GrowingFile(path: path, more: String(repeating: input, count: 300))
    fixture.session.progressSink = sink

    try fixture.session.execute("replay '\(path)'")

    #expect(fixture.output.take().contains("replayed 550 inputs"))
    #expect(!sink.updates.isEmpty)
    #expect(sink.updates.allSatisfy { $0.done <= $0.total }, "\(sink.updates)")
  }

  @Test("a transcript from a pipe replays: the pipe is read once, for both passes")
  func pipedTranscriptReplays() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = fixture.folder + "/piped.transcript"
    #expect(mkfifo(path, 0o600) == 0)
    let text = goodHeader + "> 2026-12-04T15:00:00Z shell | plan new Piped\n"
    let writer = Thread {
      guard let handle = FileHandle(forWritingAtPath: path) else { return }
      handle.write(Data(text.utf8))
      handle.closeFile()
      // A reader that opens the pipe again would wait for a writer for ever: end its wait
      // with an empty pipe, so that the test fails instead of hanging.
      for _ in 0..<300 {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK)
        if descriptor >= 0 { close(descriptor) }
        usleep(10_000)
      }
    }
    writer.start()

    try fixture.session.execute("replay '\(path)'")

    #expect(fixture.output.take().contains("replayed 1 inputs"))
    #expect(try fixture.store.plans().map(\.name) == ["Piped"])
  }

  @Test("a good transcript reads into header fields and numbered records")
  func goodTranscriptReads() throws {
    let text =
      goodHeader + """
        > 2026-12-04T15:00:00Z shell | plan new 'A\\tB'
        < created plan
        <
        ! error: something
        > 2026-12-04T15:00:10Z interrupt |
        > 2026-12-04T15:00:20Z feedback |

        """
    let path = try write(text)
    defer { try? FileManager.default.removeItem(atPath: path) }

    let transcript = try Transcript.read(path: path)

    #expect(transcript.header == ["plan": "", "started": "2026-12-04T15:00:00Z"])
    #expect(transcript.records.map(\.line) == [5, 6, 7, 8, 9, 10])
    #expect(
      transcript.records.map(\.record) == [
        .input(text: "plan new 'A\tB'", label: "shell", time: "2026-12-04T15:00:00Z", step: nil),
        .output("created plan"), .output(""), .diagnostic("error: something"),
        .input(text: "", label: "interrupt", time: "2026-12-04T15:00:10Z", step: nil),
        .input(text: "", label: "feedback", time: "2026-12-04T15:00:20Z", step: nil),
      ])
  }

  @Test("a damaged transcript is refused before anything is applied")
  func damagedTranscriptAppliesNothing() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    let path = fixture.folder + "/damaged.transcript"
    let text =
      goodHeader + "> 2026-12-04T15:00:00Z shell | plan new Sneaky\n< created\n"
      + "< a \\z bad escape\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let snapshot = try fixture.snapshot()

    #expect(throws: TranscriptError.self) { try fixture.session.execute("replay '\(path)'") }

    #expect(try fixture.snapshot() == snapshot)
    #expect(try fixture.store.plans().isEmpty)
  }

  @Test("the writer records inputs, outputs and errors that read back as written")
  func writerRoundTrip() throws {
    let path = NSTemporaryDirectory() + "plansh-writer-\(UUID().uuidString).transcript"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let writer = try TranscriptWriter(path: path, header: [("plan", "Ünïcode\nplan")])
    writer.input("Ana: 👍 \\ done", label: "feedback", at: "2026-12-04T15:00:00Z")
    writer.output("partial ")
    writer.output("line\nsecond\n")
    writer.output("unfinished")
    writer.diagnostic("error: one\nerror: two")

    let transcript = try Transcript.read(path: path)

    #expect(transcript.header["plan"] == "Ünïcode\nplan")
    #expect(
      transcript.records.map(\.record) == [
        .input(
          text: "Ana: 👍 \\ done", label: "feedback", time: "2026-12-04T15:00:00Z", step: nil),
        .output("partial line"), .output("second"), .output("unfinished"),
        .diagnostic("error: one"), .diagnostic("error: two"),
      ])
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test("the writer splits output at every line feed, CR LF included, however large")
  func writerSplitsLargeOutput() throws {
    let path = NSTemporaryDirectory() + "plansh-writer-\(UUID().uuidString).transcript"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let writer = try TranscriptWriter(path: path, header: [])
    let many = (1...20_000).map { "row \($0)" }
    writer.output("windows\r\nline\n" + many.joined(separator: "\n") + "\n")

    let records = try Transcript.read(path: path).records.map(\.record)

    #expect(records.prefix(2) == [.output("windows\r"), .output("line")])
    #expect(records.dropFirst(2) == many.map { Transcript.Record.output($0) }[...])
  }

  @Test("the writer will not overwrite an existing transcript")
  func writerRefusesExistingFile() throws {
    let path = try write("keep me\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: TranscriptError.self) { try TranscriptWriter(path: path, header: []) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
  }

  @Test("a transcript with CRLF line ends reads the same, and an input keeps its step")
  func crlfTranscriptReadsTheSame() throws {
    let text = goodHeader + "> 2026-12-04T15:00:05Z gap (step 3) | Ana: a gap\n< captured\n"
    let plain = try write(text)
    let crlf = try write(text.replacingOccurrences(of: "\n", with: "\r\n"))
    defer {
      try? FileManager.default.removeItem(atPath: plain)
      try? FileManager.default.removeItem(atPath: crlf)
    }

    let records = try Transcript.read(path: crlf).records.map(\.record)

    #expect(records == (try Transcript.read(path: plain)).records.map(\.record))
    #expect(
      records == [
        .input(text: "Ana: a gap", label: "gap", time: "2026-12-04T15:00:05Z", step: 3),
        .output("captured"),
      ])
  }

  @Test("an input's step must be a positive number written '(step N)'")
  func badStepRefused() throws {
    for bad in ["gap (step x)", "gap (stage 3)", "gap (step 0)", "gap step 3"] {
      let path = try write(goodHeader + "> 2026-12-04T15:00:05Z \(bad) | text\n")
      defer { try? FileManager.default.removeItem(atPath: path) }
      #expect(
        throws: TranscriptError.damaged(
          path: path, line: 5, reason: "expected '> TIME LABEL | TEXT'")
      ) {
        try Transcript.read(path: path)
      }
    }
  }
}

/// A progress bar that appends to the transcript being replayed at its first update.
private final class GrowingFile: ProgressSink {
  let path: String
  var more: String?
  var updates: [(done: Int, total: Int)] = []

  init(path: String, more: String) {
    self.path = path
    self.more = more
  }

  func update(_ label: String, done: Int, total: Int) {
    updates.append((done, total))
    guard let more, let handle = FileHandle(forWritingAtPath: path) else { return }
    self.more = nil
    handle.seekToEndOfFile()
    handle.write(Data(more.utf8))
    handle.closeFile()
  }

  func finish() {}
}
