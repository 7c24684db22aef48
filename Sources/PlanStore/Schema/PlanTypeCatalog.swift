/// The plan types every new store starts with, and the questions each one asks.
enum PlanTypeCatalog {
  struct Question {
    let code: String
    let scope: String
    let section: String
    let text: String
  }

  struct PlanType {
    let name: String
    let description: String
    let questionCodes: [String]
  }

  static let questions: [Question] = [
    Question(
      code: "strategy.growth", scope: "plan", section: "Strategy",
      text: "Do we have a clear strategy to grow revenue in this plan?"),
    Question(
      code: "strategy.whitespace", scope: "plan", section: "Strategy",
      text: "Have we identified where the white space is?"),
    Question(
      code: "strategy.differentiation", scope: "plan", section: "Strategy",
      text: "Does the customer see what sets us apart from competitors?"),
    Question(
      code: "background.history", scope: "plan", section: "Background",
      text: "Do we know the history of our relationship with the customer?"),
    Question(
      code: "background.spend", scope: "plan", section: "Background",
      text: "Do we know the customer's total spend in our market?"),
    Question(
      code: "background.competition", scope: "plan", section: "Background",
      text: "Do we know which competitors are present and how strong they are?"),
    Question(
      code: "acquisition.entry", scope: "plan", section: "Strategy",
      text: "Do we have a credible entry point into this customer?"),
    Question(
      code: "expansion.adjacent", scope: "plan", section: "Strategy",
      text: "Are there adjacent divisions we can reach from our installed base?"),
    Question(
      code: "success.adoption", scope: "plan", section: "Customer success",
      text: "Is the customer getting the value they expected from what they bought?"),
    Question(
      code: "success.renewal", scope: "plan", section: "Customer success",
      text: "Is every renewal in the plan period secure?"),
    Question(
      code: "research.goals", scope: "account", section: "Research",
      text: "What are this account's business goals for the year?"),
    Question(
      code: "research.initiatives", scope: "account", section: "Research",
      text: "Which initiatives is the account funding?"),
    Question(
      code: "research.buying", scope: "account", section: "Research",
      text: "How does this account buy, and who signs?"),
  ]

  static let planTypes: [PlanType] = [
    PlanType(
      name: "enterprise", description: "One enterprise account with its divisions",
      questionCodes: [
        "strategy.growth", "strategy.whitespace", "strategy.differentiation",
        "background.history", "background.spend", "background.competition",
        "research.goals", "research.initiatives", "research.buying",
      ]),
    PlanType(
      name: "portfolio", description: "A portfolio of accounts run as one plan",
      questionCodes: [
        "strategy.growth", "strategy.whitespace", "background.spend",
        "research.goals", "research.buying",
      ]),
    PlanType(
      name: "acquisition", description: "Winning a customer we do not sell to yet",
      questionCodes: [
        "acquisition.entry", "strategy.differentiation", "background.competition",
        "research.goals", "research.initiatives", "research.buying",
      ]),
    PlanType(
      name: "expansion", description: "Growing an existing customer into new areas",
      questionCodes: [
        "expansion.adjacent", "strategy.whitespace", "background.history",
        "research.goals", "research.initiatives",
      ]),
    PlanType(
      name: "customer success", description: "Keeping and renewing what we have sold",
      questionCodes: [
        "success.adoption", "success.renewal", "background.history", "research.goals",
      ]),
  ]

  static func seed(into database: Database) throws(StoreError) {
    for question in questions {
      try database.run(
        "INSERT INTO question (code, scope, section, text) VALUES (?, ?, ?, ?)",
        [
          .text(question.code), .text(question.scope), .text(question.section),
          .text(question.text),
        ])
    }
    for type in planTypes {
      try database.run(
        "INSERT INTO plan_type (name, description) VALUES (?, ?)",
        [.text(type.name), .text(type.description)])
      let typeID = database.lastInsertedID
      for (position, code) in type.questionCodes.enumerated() {
        try database.run(
          "INSERT INTO plan_type_question (plan_type_id, question_code, position) "
            + "VALUES (?, ?, ?)",
          [.integer(typeID), .text(code), .integer(Int64(position))])
      }
    }
  }
}
