import Foundation
import PlanStore

/// Options and small conversions shared by many commands.
enum CommonOptions {
  static let format = OptionSpec(
    "format", value: "FORMAT", help: "output format", completion: .values(OutputFormat.names))

  static func account(help: String = "the account or division") -> OptionSpec {
    OptionSpec("account", value: "ACCOUNT", help: help, completion: .names("account"))
  }

  static let owner = OptionSpec(
    "owner", value: "WHO", help: "who owns it",
    completion: .names("owner"))

  static let due = OptionSpec("due", value: "DATE", help: "due date, YYYY-MM-DD")

  /// A date option: `YYYY-MM-DD`, or `today`, or `+N` days from today.
  static func date(_ invocation: Invocation, _ name: String) throws(CommandError) -> String? {
    guard let value = invocation.option(name) else { return nil }
    guard let date = DateInput.resolve(value, now: invocation.store.clock()) else {
      throw .invalidValue(option: name, value: value, expected: "a date as YYYY-MM-DD, today or +N")
    }
    return date
  }

  static let meetingFilter = OptionSpec(
    "meeting", value: "ID", help: "only from this meeting (current: the one being held)")

  /// The `--meeting` option: an id, or `current` for the meeting being held.
  static func meeting(_ invocation: Invocation) throws(CommandError) -> Int64? {
    guard var text = invocation.option("meeting") else { return nil }
    if text == "current" {
      guard let current = invocation.session.settings["meeting"] else {
        throw .invalidValue(
          option: "meeting", value: text,
          expected: "a meeting id (no meeting "
            + "is being held)")
      }
      text = current
    }
    guard let id = Int64(text) else {
      throw .invalidValue(option: "meeting", value: text, expected: "a meeting id or current")
    }
    return id
  }

  /// The `--account` option resolved to an account id in the current plan.
  static func accountID(_ invocation: Invocation) throws -> Int64? {
    guard let name = invocation.option("account") else { return nil }
    return try invocation.store.account(named: name, planID: invocation.planID()).id
  }
}

extension CommonOptions {
  /// `--owner` as a team member's whole name when it names one, so `--owner ana` and
  /// `--owner 'Ana Lima'` file the action under one owner; anyone else is taken as typed
  /// (owners need not be on the team).
  static func ownerName(_ call: Invocation) throws -> String? {
    guard let typed = call.option("owner") else { return nil }
    return try call.store.teamMemberName(typed, planID: call.planID()) ?? typed
  }
}
