import Foundation
import PlanCommands
import PlanStore
import Testing

/// Answers that look typed at a terminal, so commands ask their questions.
private final class TypedLines: LineSource {
  private var lines: [String]
  let isInteractive = true

  init(_ lines: [String]) { self.lines = lines }

  func readLine(_ prompt: Prompt) -> InputEvent {
    lines.isEmpty ? .end : .line(lines.removeFirst())
  }
}

@Suite("Setting a plan up: the guided plan new, plan types, team, targets, landscape")
struct PlanSetupTests {
  @Test("plan new at a terminal asks for type, team, accounts, solutions and targets")
  func guidedPlanNew() throws {
    let fixture = try SessionFixture()
    fixture.session.input = TypedLines([
      "portfolio", "Ana Lima, Ben", "Acme, Acme Logistics", "Data Cloud",
      "2027-01-01 2027-06-30 1m", "2027-07-02 2027-12-31 1m", "2027-07-01 2027-12-31 1.2m", "",
    ])

    let printed = try fixture.run("plan new 'Acme 2027'")

    let planID = try fixture.planID()
    let plan = try fixture.store.plan(id: planID)
    #expect(plan.typeName == "portfolio")
    #expect(plan.targetMinor == 220_000_000)
    #expect(plan.startsOn == "2027-01-01" && plan.endsOn == "2027-12-31")
    #expect(try fixture.store.team(planID: planID).map(\.access) == ["owner", "edit"])
    #expect(try fixture.store.accounts(planID: planID).count == 2)
    #expect(try fixture.store.solutions(planID: planID).map(\.name) == ["Data Cloud"])
    #expect(fixture.diagnostics.text.contains("the next one starts on 2027-07-01"))
    #expect(printed.contains("set up: type portfolio, team of 2, 2 accounts, 1 solution"))
  }

  @Test("a guided answer's names may be quoted to hold a comma or an apostrophe")
  func guidedNamesQuoted() throws {
    let fixture = try SessionFixture()
    fixture.session.input = TypedLines([
      "", "", #"Acme Corp, "Comma, Inc", 'Zoë Ltd', O'Brien & Co"#, "", "",
    ])

    try fixture.run("plan new Q")

    let names = try fixture.store.accounts(planID: fixture.planID()).map(\.name).sorted()
    #expect(names == ["Acme Corp", "Comma, Inc", "O'Brien & Co", "Zoë Ltd"])
  }

  @Test("every step of the guided plan new can be skipped, and a script is never asked")
  func guidedStepsSkip() throws {
    let fixture = try SessionFixture()
    fixture.session.input = TypedLines(["", "", "", "", ""])
    let printed = try fixture.run("plan new Skipped")
    #expect(printed.contains("set up later with team add"))
    #expect(try fixture.store.team(planID: fixture.planID()).isEmpty)

    let scripted = try SessionFixture(input: ["should not be read"])
    let quiet = try scripted.run("plan new Quiet")
    #expect(quiet == "created plan 'Quiet' (enterprise); it is now the current plan\n")
  }

  @Test("a plan-type file defines a type whose questions a plan then asks")
  func planTypeFile() throws {
    let fixture = try SessionFixture()
    let path = try fixture.write(
      """
      type "strategic partner" "Joint planning"
      section "Partnership"
      question plan partner.value "Do both sides see the value?"
      question account partner.goals "What does this account want from the partnership?"
      """, to: "partner.plantype")

    #expect(try fixture.run("plan types --load \(path)").contains("defined plan type"))
    try fixture.run("plan new P --type 'strategic partner'")
    let shown = try fixture.run("details show")
    #expect(shown.contains("Partnership [grey]"))
    #expect(shown.contains("partner.value: Do both sides see the value?"))
    #expect(try fixture.run("plan types --load \(path)").contains("redefined plan type"))
  }

  @Test("a plan-type file with a mistake names the file, line and column")
  func planTypeFileErrors() throws {
    let fixture = try SessionFixture()
    let clash = try fixture.write(
      "type t\nsection S\nquestion plan strategy.growth \"Another text\"\n", to: "clash.plantype")
    let early = try fixture.write("type t\nquestion plan a.b \"c\"\n", to: "early.plantype")
    let scope = try fixture.write("type t\nsection S\nquestion team a.b \"c\"\n", to: "s.plantype")

    #expect("\(fixture.failure("plan types --load \(clash)")!)".contains("already asks"))
    #expect(
      "\(fixture.failure("plan types --load \(early)")!)" == "\(early):2:1: a question "
        + "comes before any section")
    #expect("\(fixture.failure("plan types --load \(scope)")!)".hasPrefix("\(scope):3:10: "))
    #expect(try fixture.store.planTypes().count == 5)
  }

  @Test("a cell's landscape is set, shown, and checked")
  func cellLandscape() throws {
    let fixture = try SessionFixture()
    try fixture.runAll([
      "plan new L", "account add Acme", "solution add 'Data Cloud'",
      "opportunity landscape Acme Data --spend 900k --share 20% --competitors 'X, Y'",
      "opportunity add Pilot --account Acme --solution Data --amount 50k --status won",
    ])
    let shown = try fixture.run("opportunity cell Acme Data")
    #expect(shown.contains("won             50,000  Pilot"))
    #expect(shown.contains("spend 900,000, our share 20%, competitors: X, Y"))
    #expect(fixture.failure("opportunity landscape Acme Data --share 140") != nil)
  }
}

@Suite("Solution order and activity, account relationship, insight sections")
struct PlanDepthTests {
  @Test("solutions keep a map order; a retired one leaves the map but keeps its history")
  func solutionOrderAndActivity() throws {
    let fixture = try SessionFixture()
    try fixture.runAll([
      "plan new M", "account add Acme", "solution add Zeta", "solution add Alpha",
      "opportunity add Deal --account Acme --solution Alpha --amount 10k --status open",
      "solution set Zeta --position 1", "solution set Alpha --position 2",
    ])
    #expect(try fixture.store.solutions(planID: fixture.planID()).map(\.name) == ["Zeta", "Alpha"])
    #expect(try fixture.run("opportunity map").contains("Alpha"))

    try fixture.run("solution set Alpha --active no")

    let map = try fixture.run("opportunity map")
    #expect(!map.contains("Alpha") && map.contains("Zeta"))
    #expect(try fixture.run("opportunity list").contains("Deal"))
    #expect(fixture.failure("solution set Zeta --position -1") != nil)
  }

  @Test("an account's level of relationship is set, listed and checked")
  func accountRelationship() throws {
    let fixture = try SessionFixture()
    try fixture.runAll(["plan new R", "account add Acme"])
    try fixture.run("account set Acme --relationship 'problem solver'")
    #expect(try fixture.run("account list --format csv").contains(",problem solver"))
    #expect(fixture.failure("account set Acme --relationship friend") != nil)
  }

  @Test("insight cards carry a named section, shown on the map")
  func insightSections() throws {
    let fixture = try SessionFixture()
    try fixture.runAll([
      "plan new I", "account add Acme",
      "insight add 'Grow in Asia' --account Acme --row goal --section 'Growth story'",
    ])
    #expect(try fixture.run("insight map").contains("Grow in Asia (unconfirmed) {Growth story}"))
  }
}

@Suite("Per-account research")
struct AccountResearchTests {
  @Test("an account's research questions show how complete the research is")
  func researchCompleteness() throws {
    let fixture = try SessionFixture()
    try fixture.runAll([
      "plan new R", "account add Acme",
      "details answer research.goals --account Acme --rating favourable --text 'Grow 10%'",
    ])
    let shown = try fixture.run("details show --account Acme")
    #expect(shown.hasPrefix("Research: 1 of 3 answered (33% complete)\n"))
    #expect(shown.contains("  [x] research.goals:"))
    #expect(shown.contains("  [ ] research.buying:"))
  }
}
