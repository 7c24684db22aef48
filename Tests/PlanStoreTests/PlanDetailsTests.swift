import PlanStore
import Testing

@Suite("Plan details and plan types")
struct PlanDetailsTests {
  let fixture: StoreFixture
  let plan: Plan

  init() throws {
    fixture = try StoreFixture()
    plan = try fixture.makePlan(type: "enterprise")
  }

  private func answerFor(_ code: String) throws -> DetailAnswer? {
    try fixture.store.details(planID: plan.id).first { $0.code == code }
  }

  @Test("a plan's details are the questions its type asks, in order")
  func detailsFollowThePlanType() throws {
    let codes = try fixture.store.details(planID: plan.id).map(\.code)
    #expect(codes.first == "strategy.growth")
    #expect(codes.contains("background.spend"))
    #expect(!codes.contains("success.adoption"))
    #expect(!codes.contains("research.goals"), "account questions are not plan questions")
  }

  @Test("answers survive a change of plan type and come back when it changes back")
  func answersSurviveTypeChanges() throws {
    try fixture.store.answer(
      planID: plan.id, code: "strategy.growth", rating: 1, text: "Two new divisions")
    try fixture.store.updatePlan(id: plan.id, type: "customer success")

    #expect(try fixture.store.plan(id: plan.id).typeName == "customer success")
    #expect(try answerFor("strategy.growth") == nil)
    try fixture.store.answer(planID: plan.id, code: "success.adoption", rating: -1, text: "Low")

    try fixture.store.updatePlan(id: plan.id, type: "enterprise")
    let kept = try #require(try answerFor("strategy.growth"))
    #expect(kept.rating == 1)
    #expect(kept.text == "Two new divisions")
  }

  @Test("answering again replaces the earlier answer")
  func answeringAgainReplaces() throws {
    try fixture.store.answer(planID: plan.id, code: "strategy.growth", rating: 1, text: "Yes")
    try fixture.store.answer(planID: plan.id, code: "strategy.growth", rating: 0, text: "Unsure")

    let answer = try #require(try answerFor("strategy.growth"))
    #expect(answer.rating == 0)
    #expect(answer.text == "Unsure")
    #expect(try fixture.count("answer") == 1)
  }

  @Test("a question the plan's type does not ask cannot be answered")
  func unaskedQuestionIsRefused() throws {
    #expect(throws: StoreError.notFound(kind: "question", name: "success.renewal")) {
      try fixture.store.answer(planID: plan.id, code: "success.renewal", rating: 1, text: "")
    }
    #expect(try fixture.count("answer") == 0)
  }

  @Test("account research answers are kept per account")
  func accountAnswersArePerAccount() throws {
    let gene = try fixture.store.addAccount(planID: plan.id, name: "GenePoint")
    let alpha = try fixture.store.addAccount(planID: plan.id, name: "Alpha Dynamics")
    try fixture.store.answer(
      planID: plan.id, accountID: gene.id, code: "research.goals", rating: 1, text: "Growth")

    let forGene = try fixture.store.details(planID: plan.id, accountID: gene.id)
    let forAlpha = try fixture.store.details(planID: plan.id, accountID: alpha.id)
    #expect(forGene.first { $0.code == "research.goals" }?.text == "Growth")
    #expect(forAlpha.first { $0.code == "research.goals" }?.rating == nil)
  }

  @Test("an unknown plan type leaves the plan as it was")
  func unknownTypeLeavesPlan() throws {
    #expect(throws: StoreError.self) {
      try fixture.store.updatePlan(id: plan.id, type: "galactic", owner: "someone else")
    }
    let unchanged = try fixture.store.plan(id: plan.id)
    #expect(unchanged.typeName == "enterprise")
    #expect(unchanged.owner == "tester")
  }

  @Test("plan fields change only where a value is given")
  func updatePlanKeepsUnsetFields() throws {
    try fixture.store.updatePlan(id: plan.id, targetMinor: 200_000_000, startsOn: "2027-01-01")
    try fixture.store.updatePlan(id: plan.id, endsOn: "2027-12-31")

    let changed = try fixture.store.plan(id: plan.id)
    #expect(changed.targetMinor == 200_000_000)
    #expect(changed.startsOn == "2027-01-01")
    #expect(changed.endsOn == "2027-12-31")
    #expect(changed.typeName == "enterprise")
  }
}
