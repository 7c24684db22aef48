import Foundation
import PlanCommands
import PlanStore

/// Re-runs a transcript's inputs against a store, with the recorded times.
///
/// Rebuilding keeps what the replay wrote; checking compares every output with the
/// recording and always leaves the store as it was. Either way a replay that fails
/// part-way rolls back whole.
public struct Replayer {
  public enum Mode: Sendable {
    case rebuild
    case check
  }

  /// What a finished replay did.
  public struct Outcome: Sendable {
    public let inputs: Int
    public let mode: Mode
  }

  private struct CheckFinished: Error {}

  let path: String
  let mode: Mode

  /// A replay of the transcript at `path`, read a record at a time as it runs.
  public init(path: String, mode: Mode) {
    self.path = path
    self.mode = mode
  }

  /// Renders as the recorded session did, so that outputs compare equal.
  private func recordedRenderer(_ header: [String: String]) -> Renderer {
    let width = header["width"].flatMap { Int($0) } ?? 0
    return Renderer(
      format: header["format"].flatMap(OutputFormat.init(rawValue:)) ?? .table,
      width: width > 0 ? width : nil, colour: header["colour"] == "yes")
  }

  /// Replays into `session`'s store with `session`'s commands; the session is unchanged.
  public func run(like session: Session) throws -> Outcome {
    // A damaged line anywhere refuses the replay before anything runs.
    let contents = try TranscriptReader.contentsUnlessRegular(path: path)
    let total = try TranscriptReader.countInputs(path: path, contents: contents)
    let transcript = try TranscriptReader(path: path, contents: contents)
    let store = session.store
    let printed = CapturedOutput()
    let inputs = TranscriptInputs(
      transcript: transcript, printed: printed, compareOutput: mode == .check)
    let replay = Session(
      store: store, commands: session.commands, output: printed, diagnostics: printed,
      input: inputs, renderer: recordedRenderer(transcript.header))
    replay.settings = session.settings
    // The file may have grown since it was counted (a meeting still being recorded): the
    // bar stops at its end rather than running past it.
    inputs.onInput = { [session] done in
      if done <= total { session.progress("replaying", done: done, total: total) }
    }
    replay.settings["replaying"] = path

    let saved = (store.clock, store.user)
    store.clock = { [inputs] in inputs.now }
    store.user = transcript.header["user"] ?? store.user
    defer { (store.clock, store.user) = saved }

    do {
      try store.transaction {
        if let plan = transcript.header["plan"], !plan.isEmpty {
          do {
            try replay.usePlan(plan)
          } catch {
            throw TranscriptError.replayFailed(
              path: path, line: 1,
              message: "the transcript is about plan '\(plan)', which this store does not "
                + "have (\(error))")
          }
        }
        var runner = ScriptRunner(name: path, keepGoing: true)
        runner.exitWords = []
        runner.showsLocation = false
        runner.run(in: replay, from: inputs)
        inputs.finish()
        if let failure = inputs.failure { throw failure }
        if mode == .check { throw CheckFinished() }
      }
    } catch is CheckFinished {
      // A check never keeps what it wrote.
    }
    return Outcome(inputs: inputs.inputsGiven, mode: mode)
  }
}
