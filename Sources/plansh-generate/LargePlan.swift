import Foundation
import PlanStore

/// The largest plan a key-account team keeps, written through the store's own API.
struct LargePlan {
  var random: SeededRandom

  init(seed: UInt64) { random = SeededRandom(seed: seed) }

  static let name = "Benchmark Group"
  static let words = [
    "Apex", "Borealis", "Cobalt", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris",
    "Juniper", "Keystone", "Lumen", "Meridian", "Nimbus", "Orchid", "Pioneer", "Quartz",
  ]

  mutating func write(to path: String) throws {
    // A write-ahead log left from an earlier store would be read into the new one.
    for file in [path, path + "-wal", path + "-shm"] {
      try? FileManager.default.removeItem(atPath: file)
    }
    let store = try PlanStore(path: path, user: "benchmark")
    var clock = Date(timeIntervalSince1970: 1_790_000_000)
    store.clock = { clock }
    let plan = try store.createPlan(name: Self.name, owner: "benchmark")
    let planID = plan.id
    try store.transaction {
      try store.updatePlan(id: planID, targetMinor: 500_000_000_00)
      let accounts = try addAccounts(store, planID)
      let solutions = try addSolutions(store, planID)
      try addOpportunities(store, planID, accounts: accounts, solutions: solutions)
      let contacts = try addContacts(store, planID, accounts: accounts)
      try addWork(store, planID, accounts: accounts, contacts: contacts)
      clock = clock.addingTimeInterval(86_400)
      try addMeetings(store, planID)
    }
    // A store in use for months has its query-planner statistics; a fresh one would not.
    try store.analyze()
  }

  /// 100 accounts, each with 9 divisions and 10 roll-ups beneath them: 2,000 rows.
  private mutating func addAccounts(_ store: PlanStore, _ planID: Int64) throws -> [String] {
    var names: [String] = []
    for index in 0..<100 {
      let account = "\(random.pick(Self.words)) Holdings \(index)"
      try store.addAccount(
        planID: planID, name: account, segment: random.pick(Account.segments),
        targeted: index % 4 == 0)
      names.append(account)
      for division in 0..<9 {
        let name = "\(account) Division \(division)"
        try store.addAccount(
          planID: planID, name: name, parent: account, kind: "division", targeted: division == 0)
        names.append(name)
      }
      for region in 0..<10 {
        let name = "\(account) Region \(region)"
        try store.addAccount(
          planID: planID, name: name, parent: "\(account) Division \(region % 9)", kind: "rollup")
        names.append(name)
      }
    }
    return names
  }

  private mutating func addSolutions(_ store: PlanStore, _ planID: Int64) throws -> [String] {
    var names: [String] = []
    for index in 0..<200 {
      let solution = try store.addSolution(
        planID: planID, name: "Solution \(index)", family: "Family \(index % 12)",
        targeted: index % 10 == 0)
      names.append(String(solution.id))
    }
    return names
  }

  private mutating func addOpportunities(
    _ store: PlanStore, _ planID: Int64, accounts: [String], solutions: [String]
  ) throws {
    let statuses = ["potential", "open", "open", "won", "lost"]
    for index in 0..<50_000 {
      try store.addOpportunity(
        planID: planID, name: "Opportunity \(index)", account: String(random.int(1...2_000)),
        solution: random.pick(solutions),
        amountMinor: Int64(random.int(1_000...2_000_000)) * 100, closeDate: random.date(),
        stage: "Stage \(random.int(1...6))", status: random.pick(statuses),
        owner: "Owner \(random.int(1...40))")
    }
  }

  /// 20,000 contacts; the first 2,000 at one account, so its relationship map is large.
  private mutating func addContacts(_ store: PlanStore, _ planID: Int64, accounts: [String])
    throws -> Int
  {
    for index in 0..<20_000 {
      let account = index < 2_000 ? "1" : String(random.int(1...2_000))
      let contact = try store.addContact(
        planID: planID, name: "Contact \(index)", account: account,
        title: "Title \(random.int(1...30))")
      let first = max(1, Int(contact.id) - 30)
      let manager = index % 10 == 0 ? nil : String(random.int(first...Int(contact.id) - 1))
      try store.updateContact(
        planID: planID, reference: String(contact.id), reportsTo: manager,
        support: random.pick(Contact.supportLevels),
        political: index % 50 == 0 ? "inner circle" : nil,
        coverage: random.pick(Contact.coverageLevels))
    }
    return 20_000
  }

  private mutating func addWork(
    _ store: PlanStore, _ planID: Int64, accounts: [String], contacts: Int
  ) throws {
    for index in 0..<5_000 {
      try store.addObjective(
        planID: planID, name: "Objective \(index)", account: String(random.int(1...2_000)),
        type: random.pick(Objective.types), owner: "Owner \(random.int(1...40))",
        priority: random.pick(Objective.priorities), dueOn: random.date())
    }
    for index in 0..<50_000 {
      try store.addAction(
        planID: planID, name: "Action \(index)", owner: "Owner \(random.int(1...40))",
        dueOn: random.date(), objective: String(random.int(1...5_000)))
    }
    for id in stride(from: 3, through: 50_000, by: 3) {
      try store.updateAction(planID: planID, reference: String(id), status: "done")
    }
  }

  private mutating func addMeetings(_ store: PlanStore, _ planID: Int64) throws {
    for index in 0..<200 {
      let meeting = try store.startMeeting(
        planID: planID, agenda: "test-and-improve", facilitator: "benchmark",
        participants: "Ana (presenter), Ben (reviewer)",
        steps: [("Present", "overview", 600), ("Test", "opportunities", 900)], transcript: "")
      for item in 0..<10 {
        try store.addFeedback(
          planID: planID, text: "Feedback \(index)-\(item)", kind: random.pick(Feedback.kinds),
          area: random.pick(["overview", "opportunities", "relationships"]), speaker: "Ana",
          meetingID: meeting.id)
      }
      try store.endMeeting(id: meeting.id)
    }
  }
}
