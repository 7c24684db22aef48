import Foundation
import PlanStore
import Testing

@Suite("Writes happen whole or not at all")
struct TransactionTests {
  struct Abandoned: Error {}

  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    plan = try fixture.makePlan()
  }

  @Test("marking several actions done where one reference is bad changes none of them")
  func actionDoneRollsBackOnABadReference() throws {
    let store = fixture.store
    let first = try store.addAction(planID: plan.id, name: "Call Amy", owner: "Sam", dueOn: nil)
    let second = try store.addAction(planID: plan.id, name: "Send deck", owner: "Sam", dueOn: nil)

    #expect(throws: StoreError.notFound(kind: "action", name: "no such action")) {
      try store.transaction {
        for reference in [String(first.id), "no such action", String(second.id)] {
          try store.updateAction(planID: plan.id, reference: reference, status: "done")
        }
      }
    }
    #expect(try store.action(id: first.id).status == "open")
    #expect(try store.action(id: first.id).doneAt == nil)
    #expect(try store.action(id: second.id).status == "open")
  }

  @Test("marking several actions done in one transaction commits all of them")
  func actionDoneCommitsTogether() throws {
    let store = fixture.store
    let first = try store.addAction(planID: plan.id, name: "Call Amy", owner: "Sam", dueOn: nil)
    let second = try store.addAction(planID: plan.id, name: "Send deck", owner: "Sam", dueOn: nil)

    try store.transaction {
      for id in [first.id, second.id] {
        try store.updateAction(planID: plan.id, reference: String(id), status: "done")
      }
    }
    #expect(try store.actions(planID: plan.id, filter: ActionFilter(status: "open")).isEmpty)
    #expect(try store.action(id: second.id).doneAt != nil)
  }

  @Test("an error thrown inside a transaction undoes every write made in it")
  func thrownErrorUndoesWrites() throws {
    let store = fixture.store
    let accountsBefore = try fixture.count("account")
    let logBefore = try fixture.count("change_log")

    #expect(throws: Abandoned.self) {
      try store.transaction {
        try store.addAccount(planID: plan.id, name: "GenePoint")
        try store.addAccount(planID: plan.id, name: "Alpha Dynamics")
        throw Abandoned()
      }
    }
    #expect(try fixture.count("account") == accountsBefore)
    #expect(try fixture.count("change_log") == logBefore)
    #expect(!store.database.isInTransaction)
  }

  @Test("a failing inner transaction rolls back only its own writes")
  func nestedTransactionIsASavepoint() throws {
    let store = fixture.store
    try store.transaction {
      try store.addAccount(planID: plan.id, name: "Kept")
      _ = try? store.transaction {
        try store.addAccount(planID: plan.id, name: "Dropped")
        throw Abandoned()
      }
      #expect(store.database.isInTransaction)
    }
    #expect(try store.accounts(planID: plan.id).map(\.name) == ["Kept"])
  }

  @Test("a failing outer transaction also undoes a committed inner one")
  func outerFailureUndoesInner() throws {
    let store = fixture.store
    #expect(throws: Abandoned.self) {
      try store.transaction {
        try store.transaction { _ = try store.addAccount(planID: plan.id, name: "Inner") }
        throw Abandoned()
      }
    }
    #expect(try store.accounts(planID: plan.id).isEmpty)
  }

  @Test("a failing single write leaves no change-log entry behind")
  func failedWriteLeavesNoLog() throws {
    let logBefore = try fixture.count("change_log")
    #expect(throws: StoreError.self) {
      try fixture.store.addAccount(planID: plan.id, name: "Division", parent: "Nobody")
    }
    #expect(try fixture.count("change_log") == logBefore)
  }

  @Test("every write is recorded in the change log with who made it")
  func changeLogRecordsWho() throws {
    fixture.store.user = "ana"
    try fixture.store.addAccount(planID: plan.id, name: "GenePoint")

    let row = try #require(
      try fixture.store.database.row(
        "SELECT who, what, plan_id FROM change_log ORDER BY id DESC LIMIT 1"))
    #expect(row.string(0) == "ana")
    #expect(row.string(1) == "added account 'GenePoint'")
    #expect(row.int(2) == plan.id)
  }
}
