/// Something a team member said about the plan: feedback, a question, a gap or a decision.
public struct Feedback: Sendable, Equatable {
  public let id: Int64
  public var meetingID: Int64?
  public var area: String
  public var kind: String
  public var text: String
  public var speaker: String
  public var createdAt: String
  public var votes: Int = 0
  public var accountName: String?

  public static let kinds = ["feedback", "question", "gap", "decision"]
}
