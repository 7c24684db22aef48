/// Plan types a team defines for itself, loaded from a plan-type file.
extension PlanStore {
  /// One question of a plan type being defined.
  public struct QuestionDefinition: Sendable, Equatable {
    public let code: String
    public let scope: String
    public let section: String
    public let text: String

    public init(code: String, scope: String, section: String, text: String) {
      self.code = code
      self.scope = scope
      self.section = section
      self.text = text
    }
  }

  /// Creates or redefines the plan type `name` with `questions`, in order. Answers are
  /// kept by question code, so plans of this type keep theirs across a redefinition.
  @discardableResult
  public func definePlanType(
    name: String, description: String, questions: [QuestionDefinition]
  ) throws -> (created: Bool, questions: Int) {
    try requireText(name, field: "plan type name")
    return try transaction {
      for question in questions {
        try requireOneOf(question.scope, ["plan", "account"], field: "question scope")
        try defineQuestion(question)
      }
      let existing = try database.row(
        "SELECT id FROM plan_type WHERE name = ?", [.text(name)])?.int(0)
      if let existing {
        try database.run(
          "UPDATE plan_type SET description = ? WHERE id = ?",
          [.text(description), .integer(existing)])
      } else {
        try database.run(
          "INSERT INTO plan_type (name, description) VALUES (?, ?)",
          [.text(name), .text(description)])
      }
      let typeID = existing ?? database.lastInsertedID
      try database.run(
        "DELETE FROM plan_type_question WHERE plan_type_id = ?", [.integer(typeID)])
      for (position, question) in questions.enumerated() {
        try database.run(
          "INSERT INTO plan_type_question (plan_type_id, question_code, position) "
            + "VALUES (?, ?, ?)",
          [.integer(typeID), .text(question.code), .integer(Int64(position))])
      }
      try log(planID: nil, "defined plan type '\(name)'")
      return (existing == nil, questions.count)
    }
  }

  private func defineQuestion(_ question: QuestionDefinition) throws {
    let row = try database.row(
      "SELECT scope, section, text FROM question WHERE code = ?", [.text(question.code)])
    guard let row else {
      try database.run(
        "INSERT INTO question (code, scope, section, text) VALUES (?, ?, ?, ?)",
        [
          .text(question.code), .text(question.scope), .text(question.section),
          .text(question.text),
        ])
      return
    }
    let same =
      row.string(0) == question.scope && row.string(1) == question.section
      && row.string(2) == question.text
    if !same {
      throw StoreError.invalid(
        field: "question", value: question.code,
        reason: "that code already asks '\(row.string(2))' (\(row.string(0)), "
          + "section \(row.string(1))); give the new question a code of its own")
    }
  }
}
