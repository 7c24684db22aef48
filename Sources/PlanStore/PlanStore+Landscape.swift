/// The market landscape of an opportunity-map cell: what the customer spends on the
/// solution, our share of it, and who else sells it to them.
extension PlanStore {
  /// The landscape of one cell.
  public struct Landscape: Sendable, Equatable {
    public let spendMinor: Int64
    public let ourShare: Int
    public let competitors: String
  }

  /// Sets the landscape of the cell at `account` and `solution`; nil keeps a value.
  public func setLandscape(
    planID: Int64, account: String, solution: String, spendMinor: Int64?, ourShare: Int?,
    competitors: String?
  ) throws {
    if let ourShare, !(0...100).contains(ourShare) {
      throw StoreError.invalid(
        field: "share", value: String(ourShare),
        reason: "a share is a percentage from 0 to 100")
    }
    try transaction {
      let accountID = try resolve(account, kind: "account", table: "account", planID: planID)
      let solutionID = try resolve(solution, kind: "solution", table: "solution", planID: planID)
      try database.run(
        """
        INSERT INTO landscape (plan_id, account_id, solution_id, spend_minor, our_share,
          competitors) VALUES (?, ?, ?, COALESCE(?, 0), COALESCE(?, 0), COALESCE(?, ''))
        ON CONFLICT (account_id, solution_id) DO UPDATE SET
          spend_minor = COALESCE(?, spend_minor), our_share = COALESCE(?, our_share),
          competitors = COALESCE(?, competitors)
        """,
        [
          .integer(planID), .integer(accountID), .integer(solutionID),
          .optional(spendMinor), .optional(ourShare.map(Int64.init)), .optional(competitors),
          .optional(spendMinor), .optional(ourShare.map(Int64.init)), .optional(competitors),
        ])
      try log(planID: planID, "landscape of \(account) / \(solution)")
      try touch(planID: planID)
    }
  }

  /// The landscape of the cell, or nil when nobody has described it.
  public func landscape(planID: Int64, account: String, solution: String) throws -> Landscape? {
    let accountID = try resolve(account, kind: "account", table: "account", planID: planID)
    let solutionID = try resolve(solution, kind: "solution", table: "solution", planID: planID)
    return try database.row(
      "SELECT spend_minor, our_share, competitors FROM landscape "
        + "WHERE account_id = ? AND solution_id = ?", [.integer(accountID), .integer(solutionID)]
    ).map { Landscape(spendMinor: $0.int(0), ourShare: Int($0.int(1)), competitors: $0.string(2)) }
  }

  /// The solution named (or numbered) `reference` in the plan.
  public func solution(named reference: String, planID: Int64) throws -> Solution {
    let id = try resolve(reference, kind: "solution", table: "solution", planID: planID)
    guard let found = try solutions(planID: planID).first(where: { $0.id == id }) else {
      throw StoreError.notFound(kind: "solution", name: reference)
    }
    return found
  }

  /// Changes a solution's name, family, order, activity or targeting; nil keeps a value.
  public func updateSolution(
    planID: Int64, reference: String, name: String? = nil, family: String? = nil,
    position: Int? = nil, active: Bool? = nil, targeted: Bool? = nil
  ) throws {
    if let name { try requireName(name, field: "solution name") }
    try transaction {
      let id = try resolve(reference, kind: "solution", table: "solution", planID: planID)
      try database.run(
        """
        UPDATE solution SET name = COALESCE(?, name), family = COALESCE(?, family),
          position = COALESCE(?, position), active = COALESCE(?, active),
          targeted = COALESCE(?, targeted) WHERE id = ?
        """,
        [
          .optional(name), .optional(family), .optional(position.map(Int64.init)),
          active.map(SQLValue.flag) ?? .null, targeted.map(SQLValue.flag) ?? .null,
          .integer(id),
        ])
      try log(planID: planID, "changed solution '\(reference)'")
      try touch(planID: planID)
    }
  }
}
