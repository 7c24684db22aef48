import PlanStore

/// A value in a plan export that is wrong, with its path (`accounts[2].segment`).
struct ExportProblem: Error {
  let path: String
  let reason: String
}

/// One JSON object of a plan export, read field by field with checks. A field that is
/// missing takes its default; a field the schema does not have is an error, so that a
/// misspelt field never vanishes silently.
struct ExportRecord {
  let path: String
  private let members: [String: JSONValue]
  /// The current time, for timestamps a hand-written export leaves out.
  private let now: String

  /// The object `value` at `path`; a member not in `fields` is an error.
  init(_ value: JSONValue, path: String, fields: [String], now: String) throws(ExportProblem) {
    guard case .object(let list) = value else {
      throw ExportProblem(path: path, reason: "expected an object")
    }
    var members: [String: JSONValue] = [:]
    for (key, member) in list {
      guard fields.contains(key) else {
        let known = fields.joined(separator: ", ")
        throw ExportProblem(path: Self.join(path, key), reason: "unknown field (known: \(known))")
      }
      guard members.updateValue(member, forKey: key) == nil else {
        throw ExportProblem(path: Self.join(path, key), reason: "the field is given twice")
      }
    }
    self.path = path
    self.members = members
    self.now = now
  }

  /// The path of member `key` of the value at `path`.
  static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : path + "." + key
  }

  /// A problem with field `key` of this record.
  func problem(_ key: String, _ reason: String) -> ExportProblem {
    ExportProblem(path: Self.join(path, key), reason: reason)
  }

  /// The raw value of `key`, nil when missing or null.
  func value(_ key: String) -> JSONValue? {
    guard let value = members[key], value != .null else { return nil }
    return value
  }

  /// Text, or nil when missing or null.
  func optionalText(_ key: String) throws(ExportProblem) -> String? {
    guard let value = value(key) else { return nil }
    guard case .string(let text) = value else { throw problem(key, "expected text") }
    return text
  }

  /// Text, empty when missing.
  func text(_ key: String) throws(ExportProblem) -> String { try optionalText(key) ?? "" }

  /// Text that must be given and not blank.
  func required(_ key: String) throws(ExportProblem) -> String {
    let text = try text(key)
    if text.allSatisfy(\.isWhitespace) { throw problem(key, "must be given and not empty") }
    return text
  }

  /// One of `allowed`, or nil when missing or null.
  func optionalChoice(_ key: String, _ allowed: [String]) throws(ExportProblem) -> String? {
    guard let text = try optionalText(key) else { return nil }
    guard allowed.contains(text) else {
      throw problem(key, "'\(text)' is not one of \(allowed.joined(separator: ", "))")
    }
    return text
  }

  /// One of `allowed`, or `fallback` when missing.
  func choice(_ key: String, _ allowed: [String], _ fallback: String) throws(ExportProblem)
    -> String
  {
    try optionalChoice(key, allowed) ?? fallback
  }

  /// A whole number, or nil when missing or null.
  func optionalInteger(_ key: String) throws(ExportProblem) -> Int64? {
    guard let value = value(key) else { return nil }
    guard case .number(let number) = value, number == number.rounded(),
      abs(number) < 9e15
    else { throw problem(key, "expected a whole number") }
    return Int64(number)
  }

  /// A whole number, zero when missing.
  func integer(_ key: String) throws(ExportProblem) -> Int64 { try optionalInteger(key) ?? 0 }

  /// true or false, false when missing.
  func flag(_ key: String) throws(ExportProblem) -> Bool {
    guard let value = value(key) else { return false }
    guard case .bool(let flag) = value else { throw problem(key, "expected true or false") }
    return flag
  }

  /// A date `YYYY-MM-DD`, or nil when missing or null.
  func date(_ key: String) throws(ExportProblem) -> String? {
    guard let text = try optionalText(key) else { return nil }
    guard Timestamps.isDate(text) else { throw problem(key, "'\(text)' is not a YYYY-MM-DD date") }
    return text
  }

  /// A UTC timestamp, or nil when missing or null.
  func optionalTimestamp(_ key: String) throws(ExportProblem) -> String? {
    guard let text = try optionalText(key) else { return nil }
    guard Timestamps.date(from: text) != nil else {
      throw problem(key, "'\(text)' is not a timestamp such as 2027-01-31T09:30:00Z")
    }
    return text
  }

  /// A UTC timestamp; now when missing.
  func timestamp(_ key: String) throws(ExportProblem) -> String {
    try optionalTimestamp(key) ?? now
  }

  /// The position of the record whose key field `key` names, or nil when missing or null.
  func reference(_ key: String, _ keys: [String: Int], kind: String) throws(ExportProblem)
    -> Int?
  {
    guard let text = try optionalText(key) else { return nil }
    guard let position = keys[text] else { throw problem(key, "no \(kind) has key '\(text)'") }
    return position
  }

  /// Like `reference`, for a field that must be given.
  func requiredReference(_ key: String, _ keys: [String: Int], kind: String)
    throws(ExportProblem) -> Int
  {
    guard let position = try reference(key, keys, kind: kind) else {
      throw problem(key, "must name a \(kind)")
    }
    return position
  }

  /// The items of array `key`, each with its path; empty when missing.
  func items(_ key: String) throws(ExportProblem) -> [(path: String, value: JSONValue)] {
    guard let value = value(key) else { return [] }
    guard case .array(let items) = value else { throw problem(key, "expected an array") }
    let base = Self.join(path, key)
    return items.enumerated().map { ("\(base)[\($0)]", $1) }
  }
}
