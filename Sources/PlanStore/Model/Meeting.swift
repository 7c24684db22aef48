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

/// One planned step of a meeting, with when it was entered and left.
public struct MeetingStep: Sendable, Equatable {
  public let position: Int
  public let title: String
  public let area: String
  public let plannedSeconds: Int
  public let startedAt: String?
  public let endedAt: String?
}
