import PlanCommands
import PlanStore

/// A line source that writes every line it hands out into a transcript.
final class RecordingInput: LineSource {
  private let inner: LineSource
  private let writer: TranscriptWriter
  private let store: PlanStore

  init(_ inner: LineSource, writer: TranscriptWriter, store: PlanStore) {
    self.inner = inner
    self.writer = writer
    self.store = store
  }

  var isInteractive: Bool { inner.isInteractive }

  func readLine(_ prompt: Prompt) -> InputEvent {
    writer.flushOutput()
    let event = inner.readLine(prompt)
    switch event {
    case .line(let text): writer.input(text, label: prompt.label, at: store.timestamp)
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
  public static func attach(_ writer: TranscriptWriter, to session: Session) -> () -> Void {
    let saved = (session.input, session.output, session.diagnostics)
    let tee = RecordingOutput(
      output: session.output, diagnostics: session.diagnostics, writer: writer)
    session.input = RecordingInput(session.input, writer: writer, store: session.store)
    session.output = tee
    session.diagnostics = tee
    return {
      writer.flushOutput()
      (session.input, session.output, session.diagnostics) = saved
    }
  }

  /// The header fields every transcript starts with.
  public static func header(for session: Session, extra: [(String, String)]) -> [(String, String)]
  {
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
