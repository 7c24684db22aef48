import Foundation
import PlanCommands
import PlanStore

/// A line source that writes every line it hands out into a transcript.
///
/// While a line runs, the store's clock stands still at the time the line was given, the
/// time the transcript records: a replay sets the clock to that time, so only then do the
/// live session and its replay write the same timestamps.
final class RecordingInput: LineSource {
  private let inner: LineSource
  private let writer: TranscriptWriter
  private let store: PlanStore
  private let liveClock: () -> Date

  init(
    _ inner: LineSource, writer: TranscriptWriter, store: PlanStore,
    liveClock: @escaping () -> Date
  ) {
    self.inner = inner
    self.writer = writer
    self.store = store
    self.liveClock = liveClock
  }

  var isInteractive: Bool { inner.isInteractive }

  var location: SourceLocation? { inner.location }

  func readLine(_ prompt: Prompt) -> InputEvent {
    writer.flushOutput()
    store.clock = liveClock
    let event = inner.readLine(prompt)
    // Read after the inner source, which may be another recording that set the time.
    let now = store.clock()
    store.clock = { now }
    switch event {
    case .line(let text):
      writer.input(text, label: prompt.label, at: store.timestamp, step: prompt.step)
    case .interrupt: writer.input("", label: "interrupt", at: store.timestamp)
    case .end: break
    }
    return event
  }
}

/// An output and diagnostic sink that also writes into a transcript.
final class RecordingOutput: OutputSink, DiagnosticSink {
  private let output: OutputSink
  private let diagnostics: DiagnosticSink
  private let writer: TranscriptWriter

  init(output: OutputSink, diagnostics: DiagnosticSink, writer: TranscriptWriter) {
    self.output = output
    self.diagnostics = diagnostics
    self.writer = writer
  }

  func write(_ text: String) {
    writer.output(text)
    output.write(text)
  }

  func report(_ message: String) {
    writer.diagnostic(message)
    diagnostics.report(message)
  }
}

/// Starts and stops recording a session into a transcript.
public enum SessionRecorder {
  /// Routes the session's input and output through `writer` until the returned closure
  /// is called, which puts the session back as it was.
  /// The store's clock stands still until the next line is read (see `RecordingInput`).
  public static func attach(_ writer: TranscriptWriter, to session: Session) -> () -> Void {
    let store = session.store
    let saved = (session.input, session.output, session.diagnostics)
    let liveClock = store.clock
    let tee = RecordingOutput(
      output: session.output, diagnostics: session.diagnostics, writer: writer)
    session.input = RecordingInput(
      session.input, writer: writer, store: store, liveClock: liveClock)
    session.output = tee
    session.diagnostics = tee
    let now = liveClock()
    store.clock = { now }
    return {
      writer.flushOutput()
      (session.input, session.output, session.diagnostics) = saved
      store.clock = liveClock
    }
  }

  /// The header fields every transcript starts with.
  public static func header(for session: Session, extra: [(String, String)]) -> [(String, String)] {
    [
      ("plansh", PlanshVersion.current),
      ("schema", String(PlanStore.schemaVersion)),
      ("plan", session.currentPlanName ?? ""),
      ("user", session.store.user),
      ("started", session.store.timestamp),
      ("format", session.renderer.format.rawValue),
      ("width", String(session.renderer.width ?? 0)),
      ("colour", session.renderer.colour ? "yes" : "no"),
    ] + extra
  }
}

/// The version of plansh, written into transcripts.
public enum PlanshVersion {
  public static let current = "0.1.0"
}
