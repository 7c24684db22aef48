import PlanStore

/// Reads a plan export (docs/plan-export.md) back into a snapshot, checking every field.
/// A wrong value is reported at its file, line and column, with its path in the document.
struct PlanExportReader {
  /// The current time, for timestamps a hand-written export leaves out.
  let now: String
  /// Per kind of record, each key and the position of the record that has it.
  private(set) var keys: [String: [String: Int]] = [:]

  private static let topFields = [
    "format", "version", "plan", "team", "target_periods", "accounts", "solutions",
    "opportunities", "landscape", "contacts", "relationship_levels", "contact_lines",
    "detail_answers", "insights", "objectives", "meetings", "actions", "feedback",
  ]

  /// The arrays whose records have keys, and the kind of record each holds.
  private static let keyed = [
    ("accounts", "account"), ("solutions", "solution"), ("opportunities", "opportunity"),
    ("contacts", "contact"), ("insights", "insight"), ("objectives", "objective"),
    ("meetings", "meeting"), ("actions", "action"), ("feedback", "feedback"),
  ]

  /// The snapshot in `text`, read from `file` (named in messages).
  static func read(_ text: String, file: String, now: String) throws(ImportError)
    -> PlanSnapshot
  {
    let document: JSONValue
    do {
      document = try JSONParser.parse(text)
    } catch {
      throw .malformed(file: file, line: error.line, column: error.column, reason: error.reason)
    }
    do {
      var reader = PlanExportReader(now: now)
      return try reader.snapshot(document)
    } catch {
      let place = locate(error.path, in: text)
      throw .malformed(
        file: file, line: place.line, column: place.column,
        reason: "\(error.path.isEmpty ? "the document" : error.path): \(error.reason)")
    }
  }

  /// Where the value at `path` starts, or else its nearest enclosing value.
  private static func locate(_ path: String, in text: String) -> (line: Int, column: Int) {
    var candidate = path
    while !candidate.isEmpty {
      if let place = JSONParser.location(of: candidate, in: text) { return place }
      let cut = candidate.lastIndex { $0 == "." || $0 == "[" } ?? candidate.startIndex
      candidate = String(candidate[..<cut])
    }
    return JSONParser.location(of: "", in: text) ?? (1, 1)
  }

  private mutating func snapshot(_ document: JSONValue) throws(ExportProblem) -> PlanSnapshot {
    let top = try ExportRecord(document, path: "", fields: Self.topFields, now: now)
    try checkVersion(top)
    for (array, kind) in Self.keyed { try collectKeys(top, array, kind) }
    var snapshot = PlanSnapshot()
    snapshot.plan = try plan(top)
    snapshot.team = try top.items("team").map(member)
    snapshot.targetPeriods = try top.items("target_periods").map(period)
    snapshot.accounts = try top.items("accounts").map(account)
    snapshot.solutions = try top.items("solutions").map(solution)
    snapshot.opportunities = try top.items("opportunities").map(opportunity)
    snapshot.landscape = try top.items("landscape").map(landscape)
    snapshot.contacts = try top.items("contacts").map(contact)
    snapshot.relationships = try top.items("relationship_levels").map(relationship)
    snapshot.contactLines = try top.items("contact_lines").map(line)
    snapshot.answers = try top.items("detail_answers").map(answer)
    snapshot.insights = try top.items("insights").map(insight)
    snapshot.objectives = try top.items("objectives").map(objective)
    snapshot.meetings = try top.items("meetings").map(meeting)
    snapshot.actions = try top.items("actions").map(action)
    snapshot.feedback = try top.items("feedback").map(feedback)
    return snapshot
  }

  private func checkVersion(_ top: ExportRecord) throws(ExportProblem) {
    guard try top.optionalText("format") == PlanExportWriter.format else {
      throw top.problem("format", "not a plansh plan export (expected \"plansh-plan\")")
    }
    guard let version = try top.optionalInteger("version") else {
      throw top.problem("version", "the export has no version")
    }
    let supported = PlanExportWriter.version
    if version > supported {
      throw top.problem(
        "version",
        "version \(version) comes from a newer plansh; "
          + "this one reads version \(supported)")
    }
    if version != supported {
      throw top.problem("version", "version \(version) is unknown; this plansh reads \(supported)")
    }
  }

  /// Notes every record's key first, so that references may point forward.
  private mutating func collectKeys(_ top: ExportRecord, _ array: String, _ kind: String)
    throws(ExportProblem)
  {
    var found: [String: Int] = [:]
    for (position, item) in try top.items(array).enumerated() {
      guard case .string(let key)? = item.value["key"], !key.isEmpty else {
        throw ExportProblem(path: item.path + ".key", reason: "every \(kind) needs a key")
      }
      if found.updateValue(position, forKey: key) != nil {
        throw ExportProblem(path: item.path + ".key", reason: "the key '\(key)' is used twice")
      }
    }
    keys[kind] = found
  }

  /// The object at `item`, allowed only `fields`.
  func record(_ item: (path: String, value: JSONValue), _ fields: [String])
    throws(ExportProblem) -> ExportRecord
  {
    try ExportRecord(item.value, path: item.path, fields: fields, now: now)
  }

  /// The keys of records of `kind`, with their positions.
  func keys(_ kind: String) -> [String: Int] { keys[kind] ?? [:] }

  private func plan(_ top: ExportRecord) throws(ExportProblem) -> PlanSnapshot.Plan {
    guard let value = top.value("plan") else { throw top.problem("plan", "the export has no plan") }
    let fields = try record(
      ("plan", value),
      [
        "name", "type", "owner", "currency", "starts_on", "ends_on", "target_minor",
        "created_at", "updated_at",
      ])
    var plan = PlanSnapshot.Plan()
    plan.name = try fields.required("name")
    plan.type = try fields.optionalText("type")
    plan.owner = try fields.text("owner")
    plan.currency = try fields.optionalText("currency") ?? "USD"
    plan.startsOn = try fields.date("starts_on")
    plan.endsOn = try fields.date("ends_on")
    plan.targetMinor = try fields.integer("target_minor")
    plan.createdAt = try fields.timestamp("created_at")
    plan.updatedAt = try fields.timestamp("updated_at")
    return plan
  }

  private func member(_ item: (path: String, value: JSONValue)) throws(ExportProblem)
    -> PlanSnapshot.TeamMember
  {
    let fields = try record(item, ["name", "access", "role"])
    var member = PlanSnapshot.TeamMember()
    member.name = try fields.required("name")
    member.access = try fields.choice("access", TeamMember.accessLevels, "edit")
    member.role = try fields.text("role")
    return member
  }

  private func period(_ item: (path: String, value: JSONValue)) throws(ExportProblem)
    -> PlanSnapshot.TargetPeriod
  {
    let fields = try record(item, ["starts_on", "ends_on", "target_minor"])
    var period = PlanSnapshot.TargetPeriod()
    guard let start = try fields.date("starts_on") else {
      throw fields.problem("starts_on", "a target period needs a start date")
    }
    guard let end = try fields.date("ends_on"), end >= start else {
      throw fields.problem("ends_on", "a target period needs an end on or after its start")
    }
    period.startsOn = start
    period.endsOn = end
    period.targetMinor = try fields.integer("target_minor")
    return period
  }
}
