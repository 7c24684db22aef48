import Foundation
import PlanCommands
import PlanStore

/// Hands a transcript's inputs back to a session, one at a time, setting the store's
/// clock to each input's recorded time and comparing what the session printed since
/// the previous input with what the transcript recorded there.
final class TranscriptInputs: LineSource {
  let isInteractive = false
  private var transcript: TranscriptReader
  private let printed: CapturedOutput
  private let compareOutput: Bool
  /// Records read from the transcript and not yet compared: the output since the last
  /// input given, and the input that follows it, if read.
  private var recorded: [(line: Int, record: Transcript.Record)] = []
  private var nextInput: (line: Int, record: Transcript.Record)?
  private var atEnd = false
  /// The file line of the input handed out last: where a new error comes from.
  private var inputLine = 0
  private var time: Date
  /// The first difference found; reading stops there.
  private(set) var failure: TranscriptError?
  private(set) var inputsGiven = 0
  /// Called with the number of inputs given so far, for a progress bar.
  var onInput: (Int) -> Void = { _ in }

  init(transcript: TranscriptReader, printed: CapturedOutput, compareOutput: Bool) {
    self.transcript = transcript
    self.printed = printed
    self.compareOutput = compareOutput
    time =
      transcript.header["started"].flatMap(Timestamps.date(from:))
      ?? Date(
        timeIntervalSince1970: 0)
  }

  /// The recorded time of the input being replayed.
  var now: Date { time }

  func readLine(_ prompt: Prompt) -> InputEvent {
    readAhead()
    guard failure == nil else { return .end }
    guard let input = nextInput, case .input(let text, let label, let when, _) = input.record
    else {
      // No input follows: the rest of the output is compared once the session ends.
      return .end
    }
    if label == "shell" && prompt.label != "shell" {
      // The recorded session's input ended here (a script ran out, or the process died)
      // and the next line went to a new command: end this reader's input the same way.
      return .end
    }
    if let difference = compare(recorded) {
      failure = difference
      return .end
    }
    if label != prompt.label && label != "interrupt" {
      failure = .replayFailed(
        path: transcript.path, line: input.line,
        message: "the session asked for '\(prompt.label)' but the transcript answers '\(label)'"
          + "; is the store as it was when the transcript was recorded?")
      return .end
    }
    recorded = []
    nextInput = nil
    inputLine = input.line
    inputsGiven += 1
    onInput(inputsGiven)
    time = Timestamps.date(from: when) ?? time
    return label == "interrupt" ? .interrupt : .line(text)
  }

  /// Called once the session has run out of lines: checks the output after the last input.
  func finish() {
    readAhead()
    guard failure == nil else { return }
    if let difference = compare(recorded) { failure = difference }
  }

  /// Reads the transcript up to its next input, unless that is read already.
  private func readAhead() {
    while failure == nil, nextInput == nil, !atEnd {
      do {
        guard let entry = try transcript.next() else {
          atEnd = true
          return
        }
        if case .input = entry.record { nextInput = entry } else { recorded.append(entry) }
      } catch {
        failure = error
      }
    }
  }

  private func compare(_ recorded: [(line: Int, record: Transcript.Record)]) -> TranscriptError? {
    // Where a meeting wrote its transcript is said in a recording of the session around it
    // (`--record`), but a replay writes no transcript and says nothing.
    let expected = recorded.filter {
      guard case .output(let text) = $0.record else { return true }
      return !(text.hasPrefix("transcript: ") && text.hasSuffix(".transcript"))
    }
    var got = printed.take().split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.withoutPlace(String($0)) }
    if got.last == "" { got.removeLast() }
    let wanted = expected.map { entry -> String in
      switch entry.record {
      case .output(let text), .diagnostic(let text): return Self.withoutPlace(text)
      case .input(let text, _, _, _): return text
      }
    }
    // A recorded process that was killed mid-meeting never said it paused; the replay,
    // whose input just ends there, does.
    if got.count >= 2, got[got.count - 1].contains(" paused at step "), got[got.count - 2] == "",
      !wanted.contains(where: { $0.contains(" paused at step ") })
    {
      got.removeLast(2)
    }
    for index in 0..<max(got.count, wanted.count) {
      let have = index < got.count ? got[index] : "(nothing)"
      let want = index < wanted.count ? wanted[index] : "(nothing)"
      if have == want { continue }
      let line = index < expected.count ? expected[index].line : (expected.last?.line ?? 0) + 1
      if compareOutput {
        return .mismatch(path: transcript.path, line: line, expected: want, got: have)
      }
      if have.hasPrefix("error:") && !wanted.contains(have) {
        // Named at the input whose command failed, in the transcript's own lines.
        return .replayFailed(
          path: transcript.path, line: inputLine > 0 ? inputLine : line,
          message: have)
      }
    }
    return nil
  }

  /// An error without where it was reported from (`<stdin>:3:1: error: x` becomes
  /// `error: x`): a replay reads from the transcript, not from where the session read.
  static func withoutPlace(_ line: String) -> String {
    guard let range = line.range(of: "error: ") else { return line }
    let prefix = line[..<range.lowerBound]
    let isPlace =
      prefix.isEmpty || prefix == "plansh: "
      || prefix.range(of: #"^(plansh: )?.+:\d+:\d+: $"#, options: .regularExpression) != nil
    return isPlace ? "error: " + line[range.upperBound...] : line
  }

}
