/// What can be wrong with a transcript, naming the file and line.
public enum TranscriptError: Error, Equatable, CustomStringConvertible {
  case cannotRead(path: String)
  case cannotWrite(path: String, reason: String)
  case notATranscript(path: String)
  case newerVersion(path: String, found: Int)
  case damaged(path: String, line: Int, reason: String)
  case mismatch(path: String, line: Int, expected: String, got: String)
  case replayFailed(path: String, line: Int, message: String)

  public var description: String {
    switch self {
    case .cannotRead(let path):
      return "cannot read transcript '\(path)'"
    case .cannotWrite(let path, let reason):
      return "cannot write transcript '\(path)': \(reason)"
    case .notATranscript(let path):
      return "\(path):1:1: not a plansh transcript (no '\(TranscriptFormat.magic)' line)"
    case .newerVersion(let path, let found):
      return "\(path):1:1: transcript format \(found) is newer than this plansh reads "
        + "(\(TranscriptFormat.version))"
    case .damaged(let path, let line, let reason):
      return "\(path):\(line):1: damaged transcript: \(reason)"
    case .mismatch(let path, let line, let expected, let got):
      return "\(path):\(line):1: output differs\n  expected: \(expected)\n  got:      \(got)"
    case .replayFailed(let path, let line, let message):
      return "\(path):\(line):1: replay stopped, store left as it was: \(message)"
    }
  }
}
