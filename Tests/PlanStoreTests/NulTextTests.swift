import PlanStore
import Testing

/// Text holding a NUL character (from an import's `\u0000`, a transcript's escape or a
/// piped meeting answer) is stored whole: SQLite is given its length, not a C string.
@Suite("Text holding a NUL is stored whole")
struct NulTextTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    plan = try fixture.makePlan()
  }

  @Test("an account name with a NUL in it reads back whole")
  func accountNameKeepsItsNul() throws {
    try fixture.store.addAccount(planID: plan.id, name: "Acme\u{0}Evil")

    #expect(try fixture.store.accounts(planID: plan.id).map(\.name) == ["Acme\u{0}Evil"])
  }

  /// Found by fuzzing `team add`: the member was written cut short at the NUL, then not
  /// found under its full name, and a force-unwrap crashed plansh.
  @Test("a team member named with a NUL is added and returned")
  func teamMemberWithNulIsReturned() throws {
    let name = "Ana d\u{1}\u{0}\u{0}dd\u{FFFD}ima"

    let member = try fixture.store.addTeamMember(
      planID: plan.id, name: name, access: "edit", role: "presales")

    #expect(member.name == name)
    #expect(try fixture.store.team(planID: plan.id).contains { $0.name == name })
  }
}
