import Foundation
import Testing

@Suite("plansh binary basics")
struct SmokeTests {
  @Test("--version prints the version and exits 0")
  func versionExitsZero() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let result = try plansh.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("plansh "))
  }

  @Test("an unknown option is a usage error with exit status 2")
  func unknownOptionExitsTwo() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let result = try plansh.run(["--frobnicate"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown option '--frobnicate'"))
  }
}
