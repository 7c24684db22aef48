/// A whole plan as plain values, without store ids: what `plan export` writes and
/// `plan import` reads back.
///
/// Records refer to each other by their position (0-based) in the snapshot's arrays, so
/// a snapshot means the same in any store. Arrays are in creation order, which a restore
/// keeps, so that exporting a restored plan gives the same snapshot.
public struct PlanSnapshot: Sendable, Equatable {
  public var plan = Plan()
  public var team: [TeamMember] = []
  public var targetPeriods: [TargetPeriod] = []
  public var accounts: [Account] = []
  public var solutions: [Solution] = []
  public var opportunities: [Opportunity] = []
  public var landscape: [LandscapeCell] = []
  public var contacts: [Contact] = []
  public var relationships: [Relationship] = []
  public var contactLines: [ContactLine] = []
  public var answers: [Answer] = []
  public var insights: [Insight] = []
  public var objectives: [Objective] = []
  public var meetings: [Meeting] = []
  public var actions: [Action] = []
  public var feedback: [Feedback] = []

  /// An empty value, filled in field by field.
  public init() {}

  /// The plan's own fields.
  public struct Plan: Sendable, Equatable {
    public var name = ""
    public var type: String?
    public var owner = ""
    public var currency = "USD"
    public var startsOn: String?
    public var endsOn: String?
    public var targetMinor: Int64 = 0
    public var createdAt = ""
    public var updatedAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A member of the plan's team.
  public struct TeamMember: Sendable, Equatable {
    public var name = ""
    public var access = "edit"
    public var role = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A target period with its revenue target.
  public struct TargetPeriod: Sendable, Equatable {
    public var startsOn = ""
    public var endsOn = ""
    public var targetMinor: Int64 = 0
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// An account, division or roll-up row; `parent` is a position in `accounts`.
  public struct Account: Sendable, Equatable {
    public var name = ""
    public var parent: Int?
    public var kind = "account"
    public var segment: String?
    public var targeted = false
    public var industry = ""
    public var externalRef: String?
    public var updatedAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A solution: a column of the opportunity map.
  public struct Solution: Sendable, Equatable {
    public var name = ""
    public var family = ""
    public var targeted = false
    public var externalRef: String?
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// An opportunity in a cell of the map.
  public struct Opportunity: Sendable, Equatable {
    public var name = ""
    public var account: Int?
    public var solution: Int?
    public var amountMinor: Int64 = 0
    public var closeDate: String?
    public var stage = ""
    public var status = "potential"
    public var owner = ""
    public var externalRef: String?
    public var updatedAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// What an account spends on a solution, and our share of it.
  public struct LandscapeCell: Sendable, Equatable {
    public var account = 0
    public var solution = 0
    public var spendMinor: Int64 = 0
    public var ourShare: Int64 = 0
    public var competitors = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A contact with every relationship-map attribute.
  public struct Contact: Sendable, Equatable {
    public var name = ""
    public var account: Int?
    public var title = ""
    public var email = ""
    public var phone = ""
    public var reportsTo: Int?
    public var support: String?
    public var political: String?
    public var coverage: String?
    public var kind = "contact"
    public var orientation: String?
    public var externalRef: String?
    public var updatedAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A team member's current and desired relationship level with a contact.
  public struct Relationship: Sendable, Equatable {
    public var contact = 0
    public var member = ""
    public var current: String?
    public var desired: String?
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A line of influence or conflict from one contact to another.
  public struct ContactLine: Sendable, Equatable {
    public var from = 0
    public var to = 0
    public var kind = "influence"
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// An answer to a plan-detail question, at plan level when `account` is nil.
  public struct Answer: Sendable, Equatable {
    public var account: Int?
    public var question = ""
    public var rating: Int?
    public var text = ""
    public var updatedAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// An insight card; `links` are positions in `insights` this card links to.
  public struct Insight: Sendable, Equatable {
    public var account: Int?
    public var row = "goal"
    public var text = ""
    public var concerns = ""
    public var source = ""
    public var status = "unconfirmed"
    public var confirmedBy = ""
    public var confirmedOn: String?
    public var links: [Int] = []
    public var updatedAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// An objective.
  public struct Objective: Sendable, Equatable {
    public var name = ""
    public var account: Int?
    public var type = "revenue"
    public var metric = ""
    public var owner = ""
    public var priority = "medium"
    public var dueOn: String?
    public var status = "not started"
    public var updatedAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A meeting held on the plan, with its steps in order.
  public struct Meeting: Sendable, Equatable {
    public var agenda = ""
    public var facilitator = ""
    public var participants = ""
    public var startedAt = ""
    public var endedAt: String?
    public var currentStep: Int64 = 0
    public var transcript = ""
    public var steps: [Step] = []
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// One step of a meeting.
  public struct Step: Sendable, Equatable {
    public var title = ""
    public var area = ""
    public var plannedSeconds: Int64 = 0
    public var startedAt: String?
    public var endedAt: String?
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// An action, perhaps on an objective, perhaps captured in a meeting.
  public struct Action: Sendable, Equatable {
    public var name = ""
    public var objective: Int?
    public var meeting: Int?
    public var area = ""
    public var owner = ""
    public var dueOn: String?
    public var status = "open"
    public var createdAt = ""
    public var doneAt: String?
    /// An empty value, filled in field by field.
    public init() {}
  }

  /// A piece of feedback, a question, a gap or a decision.
  public struct Feedback: Sendable, Equatable {
    public var meeting: Int?
    public var account: Int?
    public var area = ""
    public var kind = "feedback"
    public var text = ""
    public var speaker = ""
    public var votes: Int64 = 0
    public var createdAt = ""
    /// An empty value, filled in field by field.
    public init() {}
  }
}
