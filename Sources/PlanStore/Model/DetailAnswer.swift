/// A plan-detail question with the plan's answer, if any.
public struct DetailAnswer: Sendable, Equatable {
  public let code: String
  public let section: String
  public let question: String
  public var rating: Int?
  public var text: String

  /// The rating's word: favourable (+1), unknown (0) or unfavourable (-1).
  public static let ratings: [String: Int] = ["favourable": 1, "unknown": 0, "unfavourable": -1]
}
