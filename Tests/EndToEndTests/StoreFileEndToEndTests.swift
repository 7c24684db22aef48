import Foundation
import Testing

@Suite("The store file as a user copies and backs it up")
struct StoreFileEndToEndTests {
  @Test("after plansh exits, the store file alone holds everything")
  func logFoldedIntoTheFile() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let script = "plan new Solo\naccount add Acme\nmeet --participants Ana\nAna: fine\n/end\n"

    let result = try plansh.run([], input: script)

    #expect(result.status == 0, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: plansh.store + "-wal"))
    try FileManager.default.copyItem(atPath: plansh.store, toPath: plansh.path("copy.sqlite"))
    let copied = try plansh.run([
      "--store", plansh.path("copy.sqlite"), "--plan", "Solo",
      "feedback", "list", "--format", "csv",
    ])
    #expect(copied.stdout.contains(",fine,Ana,"))
  }

  @Test("store backup writes a consistent owner-only copy and refuses to overwrite")
  func backup() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    #expect(try plansh.run(["plan", "new", "Kept"]).status == 0)
    let target = plansh.path("backup.sqlite")

    let made = try plansh.run(["store", "backup", target])
    let again = try plansh.run(["store", "backup", target])

    #expect(made.status == 0, "\(made.stderr)")
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try plansh.run(["--store", target, "plan", "list"]).stdout.contains("Kept"))
    #expect(again.status == 1)
    #expect(again.stderr.contains("it already exists"))
  }

  @Test("removing an account that still holds contacts needs --force, and nothing is orphaned")
  func accountRemoveGuarded() throws {
    let plansh = try PlanshProcess()
    defer { plansh.cleanUp() }
    let setup = "plan new P\naccount add Acme\ncontact add Amy --account Acme\n"
    #expect(try plansh.run([], input: setup).status == 0)

    let refused = try plansh.run(["--plan", "P", "account", "remove", "Acme"])
    let forced = try plansh.run(["--plan", "P", "account", "remove", "Acme", "--force"])

    #expect(refused.status == 1)
    #expect(refused.stderr.contains("it still holds 1 contact;"))
    #expect(forced.status == 0, "\(forced.stderr)")
    let contacts = try plansh.run(["--plan", "P", "contact", "list", "--format", "json"])
    #expect(contacts.stdout == "[]\n")
  }
}
