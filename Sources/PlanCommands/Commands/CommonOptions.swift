import Foundation
import PlanStore

/// Options and small conversions shared by many commands.
enum CommonOptions {
  static let format = OptionSpec(
    "format", value: "FORMAT", help: "output format", completion: .values(OutputFormat.names))

  static func account(help: String = "the account or division") -> OptionSpec {
    OptionSpec("account", value: "ACCOUNT", help: help, completion: .names("account"))
  }

  static let owner = OptionSpec("owner", value: "WHO", help: "who owns it",
    completion: .names("owner"))

  static let due = OptionSpec("due", value: "DATE", help: "due date, YYYY-MM-DD")

  /// A date option: `YYYY-MM-DD`, or `today`, or `+N` days from today.
  static func date(_ invocation: Invocation, _ name: String) throws(CommandError) -> String? {
    guard let value = invocation.option(name) else { return nil }
    if value == "today" { return invocation.store.today }
    if value.hasPrefix("+"), let days = Int(value.dropFirst()), days < 36_500 {
      let date = invocation.store.clock().addingTimeInterval(Double(days) * 86_400)
      return String(Timestamps.string(from: date).prefix(10))
    }
    guard Timestamps.isDate(value) else {
      throw .invalidValue(option: name, value: value, expected: "a date as YYYY-MM-DD, today or +N")
    }
    return value
  }
}
