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
    guard let date = DateInput.resolve(value, now: invocation.store.clock()) else {
      throw .invalidValue(option: name, value: value, expected: "a date as YYYY-MM-DD, today or +N")
    }
    return date
  }
}
