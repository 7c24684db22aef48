import Foundation
import Testing

/// What plansh promises about the files it makes and the input it is given: private files,
/// no program run, no file written where the user did not say, no raw control characters.
@Suite("Files stay private and input stays data")
struct SecurityTests {
  static let agenda = """
    agenda "Quick" --minutes 5
    step "Say it" --minutes 5
    prompt feedback "Anything?"

    """

  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test("the store, its folder, transcripts, recordings and minutes are the owner's only")
  func filesAreOwnerOnly() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let store = plansh.path("new/folder/plans.sqlite")
    try Self.agenda.write(toFile: plansh.path("quick.agenda"), atomically: true, encoding: .utf8)
    let script =
      "plan new Alpha\nmeet quick.agenda\nAna: fine\n\n"
      + "minutes export --output minutes.md\n"

    let result = try plansh.run(
      ["--store", store, "--record", plansh.path("session.transcript"), "-f", "-"],
      input: script)

    #expect(result.status == 0, "\(result.stderr)")
    #expect(try mode(store) == 0o600)
    #expect(try mode(plansh.path("new/folder")) == 0o700)
    #expect(try mode(plansh.path("session.transcript")) == 0o600)
    #expect(try mode(plansh.path("minutes.md")) == 0o600)
    let transcripts = plansh.path("new/folder/transcripts")
    #expect(try mode(transcripts) == 0o700)
    let meetings = try FileManager.default.contentsOfDirectory(atPath: transcripts)
    #expect(meetings.count == 1)
    for file in meetings { #expect(try mode(transcripts + "/" + file) == 0o600) }
  }

  @Test("the history of the shell at a terminal is the owner's only")
  func historyIsOwnerOnly() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }

    let run = try plansh.runAtTerminal(steps: [
      .expect("plansh>"), .send("plan types" + Key.enter), .expect("enterprise"),
      .expect("plansh>"), .send("quit" + Key.enter), .exit,
    ])

    #expect(run.ok && run.status == 0, "\(run.report)")
    let history = plansh.path("state/plansh/history")
    #expect(try mode(history) == 0o600)
    #expect(try mode(plansh.path("state/plansh")) == 0o700)
    // libedit writes spaces in its history file as \040.
    #expect(try String(contentsOfFile: history, encoding: .utf8).contains("types"))
  }

  @Test(
    "a plan named like a path still writes its transcript inside the transcripts folder",
    arguments: ["../../x", "/etc/passwd", "..", "a/../../b\nc"])
  func planNamesCannotEscape(name: String) throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    try FileManager.default.createDirectory(
      atPath: plansh.path("a/b"), withIntermediateDirectories: true)
    try Self.agenda.write(toFile: plansh.path("quick.agenda"), atomically: true, encoding: .utf8)
    let quoted = "'" + name.replacingOccurrences(of: "'", with: "'\\''") + "'"
    #expect(try plansh.run(["plan", "new", name]).status == 0)
    let before = Set(plansh.files().keys)

    let result = try plansh.run(
      ["--plan", name, "--transcripts", plansh.path("a/b/transcripts")],
      input: "meet quick.agenda\nAna: fine\n\nplan use \(quoted)\n")

    #expect(result.status == 0, "\(result.stderr)")
    let added = Set(plansh.files().keys).subtracting(before)
      .filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
    #expect(added.count == 1, "\(added)")
    for path in added {
      #expect(path.hasPrefix("a/b/transcripts/"), "\(path)")
      #expect(!path.dropFirst("a/b/transcripts/".count).contains("/"))
      #expect(path.hasSuffix("-quick.transcript"))
    }
  }

  /// Commands that write a file the user names, each writing into `elsewhere/`.
  static let fileWriters = [
    "minutes export --output elsewhere/minutes.md", "opportunity map --svg elsewhere/map.svg",
    "contact map --dot elsewhere/contacts.dot", "insight map --svg elsewhere/insights.svg",
    "plan export --output elsewhere/plan.json", "store backup elsewhere/backup.sqlite",
  ]

  @Test("a replayed transcript writes no file, not even those its session wrote")
  func replayWritesNoFiles() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    try Self.agenda.write(toFile: plansh.path("quick.agenda"), atomically: true, encoding: .utf8)
    let elsewhere = plansh.path("elsewhere")
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    let script = ["plan new Alpha", "meet quick.agenda", "Ana: fine", ""] + Self.fileWriters
    let recorded = try plansh.run(
      [
        "--store", plansh.path("live.sqlite"), "--record", plansh.path("live.transcript"),
        "-f", "-",
      ],
      input: script.joined(separator: "\n") + "\n")
    #expect(recorded.status == 0, "\(recorded.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: elsewhere)
    #expect(written.count == Self.fileWriters.count, "\(written)")
    for file in written { try FileManager.default.removeItem(atPath: elsewhere + "/" + file) }
    let before = plansh.files().keys.filter { !$0.hasPrefix("plans.sqlite") }

    let checked = try plansh.run(["replay", plansh.path("live.transcript"), "--check"])
    let rebuilt = try plansh.run(["replay", plansh.path("live.transcript")])

    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    let after = plansh.files().keys.filter { !$0.hasPrefix("plans.sqlite") }
    #expect(after.sorted() == before.sorted())
  }
}
