import Foundation
import PlanStore

/// A command as called: its spec, its parsed arguments and the session it runs in.
public struct Invocation {
  public let spec: CommandSpec
  public let arguments: [String]
  public let options: [String: String]
  public let flags: Set<String>
  public let session: Session

  /// The store the session works on.
  public var store: PlanStore { session.store }

  /// The id of the current plan, or an error saying there is none.
  public func planID() throws(StoreError) -> Int64 { try session.requirePlan().id }

  /// Positional argument `index`, or nil when it was not given.
  public func argument(_ index: Int) -> String? {
    index < arguments.count ? arguments[index] : nil
  }

  /// The value of option `name`, or nil when it was not given.
  public func option(_ name: String) -> String? { options[name] }

  /// Whether flag `name` was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// Whether the call is part of a replay, which rebuilds the store and writes no file.
  public var isReplaying: Bool { session.settings["replaying"] != nil }

  /// Writes `text` to `path` for the user (an export, a picture, minutes), readable by
  /// them only. In a replay nothing is written: a transcript must not be able to write
  /// files where the person replaying it never said.
  public func writeFile(_ text: String, to path: String) throws(CommandError) {
    if isReplaying { return }
    try OwnerOnlyFile.write(text, to: path)
  }

  /// Option `name` read as yes/no.
  public func boolean(_ name: String) throws(CommandError) -> Bool? {
    guard let value = options[name] else { return nil }
    switch value.lowercased() {
    case "yes", "y", "true", "on", "1": return true
    case "no", "n", "false", "off", "0": return false
    default: throw .invalidValue(option: name, value: value, expected: "yes or no")
    }
  }

  /// Option `name` read as a money amount in minor units.
  public func money(_ name: String) throws(CommandError) -> Int64? {
    guard let value = options[name] else { return nil }
    guard let minor = Money.parse(value) else {
      throw .invalidValue(option: name, value: value, expected: "an amount such as 125000 or 1.5m")
    }
    return minor
  }

  /// Option `name`, which must be one of `allowed`.
  public func choice(_ name: String, in allowed: [String]) throws(CommandError) -> String? {
    guard let value = options[name] else { return nil }
    if let match = allowed.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) {
      return match
    }
    throw .invalidValue(
      option: name, value: value, expected: "one of " + allowed.joined(separator: ", "))
  }
}
