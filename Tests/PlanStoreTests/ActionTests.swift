import Foundation
import PlanStore
import Testing

@Suite("Actions and the overdue filter")
struct ActionTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    fixture.store.clock = fixedClock("2027-03-10T09:30:00Z")
    plan = try fixture.makePlan()
  }

  @discardableResult
  private func add(_ name: String, due: String?) throws -> Action {
    try fixture.store.addAction(planID: plan.id, name: name, owner: "Sam", dueOn: due)
  }

  @Test("the store's clock decides what today is")
  func clockDecidesToday() {
    #expect(fixture.store.today == "2027-03-10")
    #expect(fixture.store.timestamp == "2027-03-10T09:30:00Z")
  }

  @Test("only open actions due before today are overdue")
  func overdueFilter() throws {
    try add("Yesterday", due: "2027-03-09")
    try add("Today", due: "2027-03-10")
    try add("Tomorrow", due: "2027-03-11")
    try add("Undated", due: nil)
    let finished = try add("Done late", due: "2027-01-01")
    try fixture.store.updateAction(planID: plan.id, reference: String(finished.id), status: "done")

    let overdue = try fixture.store.actions(
      planID: plan.id, filter: ActionFilter(overdueOnly: true))
    #expect(overdue.map(\.name) == ["Yesterday"])
  }

  @Test("moving the clock forward makes more actions overdue")
  func overdueFollowsTheClock() throws {
    try add("Yesterday", due: "2027-03-09")
    try add("Next week", due: "2027-03-17")
    fixture.store.clock = fixedClock("2027-03-20T00:00:00Z")

    let overdue = try fixture.store.actions(
      planID: plan.id, filter: ActionFilter(overdueOnly: true))
    #expect(overdue.map(\.name) == ["Yesterday", "Next week"])
  }

  @Test("Action.isOverdue agrees with the store's filter")
  func isOverdueMatchesFilter() throws {
    let late = try add("Late", due: "2027-03-01")
    let onTime = try add("On time", due: "2027-03-10")
    #expect(late.isOverdue(today: fixture.store.today))
    #expect(!onTime.isOverdue(today: fixture.store.today))
  }

  @Test("marking an action done stamps the time, reopening clears it")
  func doneStampsAndReopenClears() throws {
    let action = try add("Call Amy", due: nil)
    try fixture.store.updateAction(planID: plan.id, reference: "Call", status: "done")
    #expect(try fixture.store.action(id: action.id).doneAt == "2027-03-10T09:30:00Z")

    try fixture.store.updateAction(planID: plan.id, reference: "Call", status: "open")
    let reopened = try fixture.store.action(id: action.id)
    #expect(reopened.status == "open")
    #expect(reopened.doneAt == nil)
  }

  @Test("changing only the owner keeps the done time")
  func ownerChangeKeepsDoneTime() throws {
    let action = try add("Call Amy", due: nil)
    try fixture.store.updateAction(planID: plan.id, reference: "Call", status: "done")
    try fixture.store.updateAction(planID: plan.id, reference: "Call", owner: "Ana")

    let changed = try fixture.store.action(id: action.id)
    #expect(changed.owner == "Ana")
    #expect(changed.doneAt == "2027-03-10T09:30:00Z")
  }

  @Test("filters by owner ignore case and by status keep only that status")
  func ownerAndStatusFilters() throws {
    try add("Mine", due: nil)
    try fixture.store.addAction(planID: plan.id, name: "Theirs", owner: "Ana", dueOn: nil)
    try fixture.store.updateAction(planID: plan.id, reference: "Theirs", status: "done")

    let mine = try fixture.store.actions(planID: plan.id, filter: ActionFilter(owner: "sam"))
    #expect(mine.map(\.name) == ["Mine"])
    let done = try fixture.store.actions(planID: plan.id, filter: ActionFilter(status: "done"))
    #expect(done.map(\.name) == ["Theirs"])
  }
}
