import Foundation
import Testing

/// Data that looks like shell commands or terminal escapes stays data.
@Suite("Hostile data never runs a program or reaches a terminal raw")
struct HostileDataTests {
  /// Names that a shell would run something for.
  static let shellish = [
    "$(touch pwned-1)", "`touch pwned-2`", "; touch pwned-3", "| touch pwned-4",
    "&& touch pwned-5 #",
  ]

  @Test("no source file can start a program")
  func sourcesStartNoProgram() throws {
    let sources = PlanshProcess.packageRoot.appendingPathComponent("Sources").path
    let enumerator = FileManager.default.enumerator(atPath: sources)
    var files = 0
    while let file = enumerator?.nextObject() as? String {
      guard file.hasSuffix(".swift") || file.hasSuffix(".c") || file.hasSuffix(".h") else {
        continue
      }
      files += 1
      let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
      for call in ["Process(", "popen(", "system(", "posix_spawn", "execv", "execl", "fork("] {
        #expect(!text.contains(call), "\(file) calls \(call)")
      }
    }
    #expect(files > 50)
  }

  @Test("names, answers, agendas and imports that look like shell commands stay data")
  func shellLookingDataStaysData() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let quoted = Self.shellish.map { "'" + $0 + "'" }
    var script = ["plan new \(quoted[0])"]
    script += quoted.dropFirst().map { "account add \($0)" }
    script += ["meet hostile.agenda"] + Self.shellish.map { "Ana: \($0)" }
    script += ["!touch pwned-6", "", "import salesforce hostile.csv"]
    let agenda =
      "agenda \"$(touch pwned-7)\"\nstep \"`touch pwned-8`\"\n"
      + "say \"$(touch pwned-9)\"\nprompt feedback \"; touch pwned-10\"\n"
    try agenda.write(toFile: plansh.path("hostile.agenda"), atomically: true, encoding: .utf8)
    let csv = "\"Account: Account Name\",\"Account: Industry\"\n\"$(touch pwned-11)\",\"`id`\"\n"
    try csv.write(toFile: plansh.path("hostile.csv"), atomically: true, encoding: .utf8)

    let result = try plansh.run(["-f", "-", "--keep-going"], input: script.joined(separator: "\n"))
    let listed = try plansh.run(["--plan", Self.shellish[0], "account", "list"])

    #expect(result.stderr.contains("unknown command 'touch'"), "\(result.stderr)")
    #expect(listed.stdout.contains("$(touch pwned-11)"))
    let pwned = plansh.files().keys.filter { ($0 as NSString).lastPathComponent.hasPrefix("pwned") }
    #expect(pwned.isEmpty, "\(pwned)")
    #expect(!FileManager.default.fileExists(atPath: "pwned-1"))
  }

  /// An account name full of control characters: an escape that would turn text red,
  /// a bell, a carriage return, a C1 control sequence introducer, a DEL.
  static let controlName = "Red\u{1B}[31m Bell\u{7} Back\r CSI\u{9B}2J Del\u{7F}"

  @Test("control characters in data are neutralised in tables, on a pipe and at a terminal")
  func controlCharactersAreNeutralised() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let created = try plansh.run(["plan", "new", "Alpha"])
    #expect(created.status == 0)
    let added = try plansh.run(["--plan", "Alpha", "account", "add", Self.controlName])
    #expect(added.status == 0, "\(added.stderr)")

    let piped = try plansh.run(["--plan", "Alpha", "account", "list"])
    // Every byte the terminal got, from the start to the end of the run.
    let terminal = try plansh.runAtTerminal(
      ["--plan", "Alpha", "account", "list"], environment: ["NO_COLOR": "1"],
      steps: [.beginCapture("all"), .exit])
    let shown = terminal.captures["all"] ?? ""
    let json = try plansh.run(["--plan", "Alpha", "account", "list", "--format", "json"])

    #expect(terminal.ok && terminal.status == 0, "\(terminal.report)")
    for screen in [piped.stdout, shown] {
      #expect(screen.contains("Red\\u{1b}[31m"), "\(screen)")
      let raw = screen.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || (0x7F...0x9F).contains($0.value)
      }
      #expect(raw.isEmpty, "raw control characters reached the screen: \(raw.map(\.value))")
    }
    #expect(!shown.contains("Back\r"))
    let names = try JSONListing(json.stdout).strings("name")
    #expect(names == [Self.controlName])
  }
}
