/// Plan details (questions and answers) and insight maps.
extension PlanStore {
  /// The questions the plan's type asks at `scope` ("plan" or "account"), with answers.
  public func details(planID: Int64, accountID: Int64? = nil) throws(StoreError)
    -> [DetailAnswer]
  {
    let scope = accountID == nil ? "plan" : "account"
    return try database.rows(
      """
      SELECT q.code, q.section, q.text, a.rating, COALESCE(a.text, '')
      FROM plan p JOIN plan_type_question tq ON tq.plan_type_id = p.plan_type_id
      JOIN question q ON q.code = tq.question_code
      LEFT JOIN answer a ON a.plan_id = p.id AND a.question_code = q.code AND a.account_id = ?
      WHERE p.id = ? AND q.scope = ? ORDER BY tq.position
      """,
      [.integer(accountID ?? 0), .integer(planID), .text(scope)]
    ).map {
      DetailAnswer(
        code: $0.string(0), section: $0.string(1), question: $0.string(2),
        rating: $0.integer(3).map(Int.init), text: $0.string(4))
    }
  }

  /// Answers a plan-detail question; answers outlive changes of plan type.
  public func answer(
    planID: Int64, accountID: Int64? = nil, code: String, rating: Int?, text: String
  ) throws {
    try transaction {
      let asked = try details(planID: planID, accountID: accountID).contains { $0.code == code }
      if !asked {
        throw StoreError.notFound(kind: "question", name: code)
      }
      try database.run(
        """
        INSERT INTO answer (plan_id, account_id, question_code, rating, text, updated_at)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, account_id, question_code)
        DO UPDATE SET rating = excluded.rating, text = excluded.text,
          updated_at = excluded.updated_at
        """,
        [
          .integer(planID), .integer(accountID ?? 0), .text(code),
          .optional(rating.map(Int64.init)), .text(text), .text(timestamp),
        ])
      try log(planID: planID, "answered '\(code)'")
      try touch(planID: planID)
    }
  }

  /// Adds a card to an account's insight map.
  @discardableResult
  public func addInsight(
    planID: Int64, account: String?, row: String, text: String, concerns: String = "",
    source: String = "", section: String = ""
  ) throws -> Insight {
    try requireText(text, field: "insight")
    try requireOneOf(row, Insight.rows, field: "insight row")
    return try transaction {
      let accountID = try account.map { name throws(StoreError) in
        try resolve(name, kind: "account", table: "account", planID: planID)
      }
      try database.run(
        "INSERT INTO insight (plan_id, account_id, row_kind, text, concerns, source, "
          + "updated_at, section) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .integer(planID), .optional(accountID), .text(row), .text(text), .text(concerns),
          .text(source), .text(timestamp), .text(section),
        ])
      let id = database.lastInsertedID
      try log(planID: planID, "added insight \(id)")
      try touch(planID: planID)
      return try insights(planID: planID).first { $0.id == id }!
    }
  }

  /// The plan's insight cards, by account and row.
  public func insights(planID: Int64) throws(StoreError) -> [Insight] {
    try database.rows(
      """
      SELECT i.id, i.account_id, a.name, i.row_kind, i.text, i.concerns, i.source, i.status,
        i.confirmed_by, i.confirmed_on, i.section
      FROM insight i LEFT JOIN account a ON a.id = i.account_id WHERE i.plan_id = ?
      ORDER BY a.name COLLATE NOCASE, CASE i.row_kind WHEN 'goal' THEN 0
        WHEN 'pressure' THEN 1 WHEN 'initiative' THEN 2 WHEN 'obstacle' THEN 3 ELSE 4 END, i.id
      """, [.integer(planID)]
    ).map {
      Insight(
        id: $0.int(0), accountID: $0.integer(1), accountName: $0.text(2), row: $0.string(3),
        text: $0.string(4), concerns: $0.string(5), source: $0.string(6), status: $0.string(7),
        confirmedBy: $0.string(8), confirmedOn: $0.text(9), section: $0.string(10))
    }
  }
}
