import Foundation
import PlanCommands

/// Writes a transcript as the session goes, one flushed line at a time, so that a crash
/// loses nothing already said. The file is readable by its owner only.
public final class TranscriptWriter {
  public let path: String
  private let handle: FileHandle
  private var pendingOutput = ""

  /// Creates the file at `path` and writes the header `fields` in order.
  public init(path: String, header fields: [(String, String)]) throws(TranscriptError) {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    self.path = path
    handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    // Held while the meeting runs, so a second plansh cannot write into it too.
    _ = flock(descriptor, LOCK_EX | LOCK_NB)
    var lines = ["\(TranscriptFormat.magic) \(TranscriptFormat.version)"]
    lines += fields.map { "\($0.0): \(TranscriptFormat.escape($0.1))" }
    lines.append(TranscriptFormat.headerEnd)
    append(lines.joined(separator: "\n") + "\n")
  }

  /// Opens an existing transcript to append to it, as a resumed meeting does.
  public init(appendingTo path: String) throws(TranscriptError) {
    let descriptor = open(path, O_WRONLY | O_APPEND)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw .cannotWrite(path: path, reason: "another plansh is holding this meeting now")
    }
    self.path = path
    handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  /// Records an input line with its time and label.
  public func input(_ text: String, label: String, at time: String, step: Int? = nil) {
    flushOutput()
    let context = step.map { "\(label) (step \($0))" } ?? label
    append("> \(time) \(context) | \(TranscriptFormat.escape(text))\n")
  }

  /// Records output; complete lines are written at once, a partial line when it ends.
  /// The lines of one piece go out in one write, found by their line feed bytes (a
  /// `Character` search would take CR LF for one character and miss the line end).
  public func output(_ text: String) {
    pendingOutput += text
    var rest = pendingOutput.utf8[...]
    var lines = ""
    while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
      lines += "< " + TranscriptFormat.escape(String(Substring(rest[..<newline]))) + "\n"
      rest = rest[rest.index(after: newline)...]
    }
    guard !lines.isEmpty else { return }
    pendingOutput = String(Substring(rest))
    append(lines)
  }

  /// Records an error message.
  public func diagnostic(_ message: String) {
    flushOutput()
    for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
      append("! " + TranscriptFormat.escape(String(line)) + "\n")
    }
  }

  /// Writes any partial output line.
  public func flushOutput() {
    if !pendingOutput.isEmpty { output("\n") }
  }

  private func append(_ text: String) {
    handle.write(Data(text.utf8))
  }
}
