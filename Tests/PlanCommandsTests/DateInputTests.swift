import Foundation
import PlanCommands
import PlanStore
import Testing

@Suite("Dates as people type them")
struct DateInputTests {
  private let now = Timestamps.date(from: "2027-12-30T23:30:00Z")!

  @Test(
    "today, +N days and ISO dates resolve to calendar days in UTC",
    arguments: [
      ("today", "2027-12-30"), ("TODAY", "2027-12-30"), ("+0", "2027-12-30"), ("+2", "2028-01-01"),
      ("+61", "2028-02-29"), ("2028-02-29", "2028-02-29"), (" 2027-01-05 ", "2027-01-05"),
    ])
  func resolves(text: String, day: String) {
    #expect(DateInput.resolve(text, now: now) == day)
  }

  @Test(
    "other text is not a date",
    arguments: [
      "tomorrow", "+", "+-3", "-3", "2027-02-29", "2027/01/05", "+99999999", "",
    ])
  func refuses(text: String) {
    #expect(DateInput.resolve(text, now: now) == nil)
  }

  @Test("a command's relative due date follows the store's clock")
  func commandsUseTheStoreClock() throws {
    let fixture = try SessionFixture()
    fixture.store.clock = { now }
    try fixture.run("plan new Acme")
    try fixture.run("action add Call --owner Sam --due +7")
    let action = try fixture.store.actions(planID: fixture.planID()).first
    #expect(action?.dueOn == "2028-01-06")
  }
}
