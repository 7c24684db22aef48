/// A plan-detail question with the plan's answer, if any.
public struct DetailAnswer: Sendable, Equatable {
  public let code: String
  public let section: String
  public let question: String
  public var rating: Int?
  public var text: String

  /// The rating's word: favourable (+1), unknown (0) or unfavourable (-1).
  public static let ratings: [String: Int] = ["favourable": 1, "unknown": 0, "unfavourable": -1]

  /// A section's colour: grey when nothing is answered, else green, yellow or red by the
  /// average score of its questions (unanswered ones count as 0).
  public static func colour(of answers: [DetailAnswer]) -> String {
    let ratings = answers.compactMap(\.rating)
    if ratings.isEmpty { return "grey" }
    let score = Double(ratings.reduce(0, +)) / Double(answers.count)
    if score > 0.33 { return "green" }
    if score < -0.33 { return "red" }
    return "yellow"
  }
}
