import Foundation
import Meetings
import PlanCommands
import PlanStore

/// A session on a scratch store holding the sample plan, with every command a meeting
/// has, output thrown away: what the fuzz targets run lines in.
public final class FuzzSession {
  public let session: Session
  public let commands: CommandTable

  /// The one session of this process: libFuzzer runs its target on one thread only.
  nonisolated(unsafe) public static let shared = FuzzSession()

  private init() {
    let store: PlanStore
    do {
      store = try PlanStore(path: FuzzInput.folder + "/plans.sqlite")
      // Nothing here needs to survive a crash of the machine; commits need not wait.
      try store.database.execute("PRAGMA synchronous = OFF")
    } catch {
      fatalError("cannot open the fuzzing store: \(error)")
    }
    commands = MeetingCatalog.commandTable()
    session = Session(
      store: store, commands: commands, output: Discard(), diagnostics: Discard(),
      input: ScriptedLines([]))
    session.settings["agendas"] = FuzzInput.packageRoot + "/agendas"
    // As in a replay: commands that would write a file the input names write nothing.
    session.settings["replaying"] = "fuzzing"
    if (try? store.plan(named: Self.plan)) == nil {
      let script = StreamLines.file(FuzzInput.packageRoot + "/samples/northwind.plansh")!
      let failures = ScriptRunner(name: "northwind.plansh", keepGoing: false)
        .run(in: session, from: script)
      precondition(failures == 0, "the sample plan script failed")
    }
  }

  /// The sample plan's name.
  public static let plan = "Northwind Freight 2027"

  /// Runs `body` on the sample plan and undoes whatever it wrote, so that every input
  /// meets the same store.
  public func undoing(_ body: (Session) -> Void) {
    struct Undo: Error {}
    _ = try? session.usePlan(Self.plan)
    _ = try? session.store.transaction {
      body(session)
      throw Undo()
    }
  }
}

/// Output and diagnostics nobody reads.
final class Discard: OutputSink, DiagnosticSink {
  func write(_ text: String) {}
  func report(_ message: String) {}
}
