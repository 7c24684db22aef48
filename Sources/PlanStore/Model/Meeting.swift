/// A Test & Improve (or other) meeting held on a plan from an agenda.
public struct Meeting: Sendable, Equatable {
  public let id: Int64
  public let planID: Int64
  public var agenda: String
  public var facilitator: String
  public var participants: String
  public var startedAt: String
  public var endedAt: String?
  public var currentStep: Int
  public var transcript: String
}
