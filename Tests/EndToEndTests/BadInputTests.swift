import Foundation
import Testing

/// Runs the built plansh on every malformed and hostile input in `Tests/BadInput`: each
/// must give its exact message and exit status, and leave the store and every file as
/// they were.
@Suite("Bad input is refused clearly and changes nothing")
struct BadInputTests {
  static let plan = "Northwind Freight 2027"

  @Test("every bad input has a sidecar saying what plansh must do with it")
  func everyInputHasItsExpectation() {
    var inputs = 0
    for category in BadInputCase.defaultRuns.keys.sorted() {
      for name in BadInputCase.inputs(in: category) {
        inputs += 1
        #expect(
          (try? BadInputCase(category: category, name: name))?.status ?? -1 >= 0,
          "\(category)/\(name) has no usable \(name).expected")
      }
    }
    #expect(inputs >= 50)
    #expect(BadInputCase.all.count == inputs)
  }

  @Test(
    "plansh gives the exact message and status, and changes nothing",
    arguments: BadInputCase.all)
  func refused(_ input: BadInputCase) throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let source = "\(BadInputCase.root)/\(input.category)/\(input.name)"
    try FileManager.default.copyItem(atPath: source, toPath: plansh.path(input.name))
    var arguments = input.arguments
    var dump = ""
    if !input.isStore {
      let samples = PlanshProcess.packageRoot.appendingPathComponent("transcripts").path
      let built = try plansh.run(["replay", samples + "/sample-plan.transcript"])
      #expect(built.status == 0, "\(built.stderr)")
      dump = try plansh.sqlite3(plansh.store, ".dump")
      arguments = ["--plan", Self.plan] + arguments
    }
    let before = plansh.files()

    let result = try plansh.run(arguments)

    #expect(result.status == input.status)
    #expect(lines(result.stderr) == input.stderr)
    #expect(lines(result.stdout) == input.stdout)
    if !input.isStore {
      #expect(try plansh.sqlite3(plansh.store, ".dump") == dump, "the store changed")
    }
    let after = plansh.files().filter { !$0.key.hasSuffix("-wal") && !$0.key.hasSuffix("-shm") }
    let kept = before.filter { !$0.key.hasSuffix("-wal") && !$0.key.hasSuffix("-shm") }
    #expect(after.keys.sorted() == kept.keys.sorted(), "files were added or removed")
    if input.isStore {
      #expect(after == kept, "the store file changed")
    }
  }

  private func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }
}
