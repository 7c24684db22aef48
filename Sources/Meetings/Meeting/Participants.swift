import Foundation
import PlanCommands

/// The people in a meeting, with their roles: `Ana (presenter), Ben, Carol (coach)`.
public struct Participants: Sendable, Equatable {
  public struct Person: Sendable, Equatable {
    public let name: String
    public let role: String
  }

  public let people: [Person]

  /// Parses a comma-separated list; a role may follow a name in parentheses.
  public init(parsing text: String) {
    people = text.split(separator: ",").compactMap { part in
      let entry = part.trimmingCharacters(in: .whitespaces)
      guard !entry.isEmpty else { return nil }
      if let open = entry.firstIndex(of: "("), entry.hasSuffix(")") {
        let name = entry[..<open].trimmingCharacters(in: .whitespaces)
        let role = entry[entry.index(after: open)..<entry.index(before: entry.endIndex)]
        return Person(name: name, role: role.trimmingCharacters(in: .whitespaces))
      }
      return Person(name: entry, role: "")
    }
  }

  /// Parses a list typed with `meet --participants`, refusing empty entries, unclosed
  /// roles and people named twice.
  public static func checked(_ text: String) throws -> Participants {
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let entry = part.trimmingCharacters(in: .whitespaces)
      if entry.isEmpty && !text.trimmingCharacters(in: .whitespaces).isEmpty {
        throw CommandError.invalidValue(
          option: "participants", value: text,
          expected: "names separated by commas, with no empty entry")
      }
      if entry.contains("(") != entry.hasSuffix(")") || entry.hasPrefix("(") {
        throw CommandError.invalidValue(
          option: "participants", value: entry,
          expected: "a name, then perhaps a role in parentheses: 'Ana (presenter)'")
      }
    }
    let participants = Participants(parsing: text)
    var seen: Set<String> = []
    for person in participants.people where !seen.insert(person.name.lowercased()).inserted {
      throw CommandError.invalidValue(
        option: "participants", value: person.name,
        expected: "each person once")
    }
    return participants
  }

  /// The list as stored and shown.
  public var text: String {
    people.map { $0.role.isEmpty ? $0.name : "\($0.name) (\($0.role))" }
      .joined(separator: ", ")
  }

  /// The participant called `name`, ignoring case, or the only one whose name starts
  /// with it.
  public func person(named name: String) -> Person? {
    if let exact = people.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
      return exact
    }
    let lowered = name.lowercased()
    let starting = people.filter { $0.name.lowercased().hasPrefix(lowered) }
    return !lowered.isEmpty && starting.count == 1 ? starting[0] : nil
  }

  /// Splits `Ana: the target is low` into speaker and text when Ana takes part: her
  /// whole name, or her first name when no other participant has it, in any case. Other
  /// prefixes ("Q: ...", "Note: ...") are too likely to be part of the text.
  public func attribute(_ line: String) -> (speaker: String, text: String) {
    guard let colon = line.range(of: ": ") else { return ("", line) }
    let name = line[..<colon.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
    let whole = people.filter { $0.name.lowercased() == name }
    let first = people.filter {
      $0.name.split(separator: " ").first.map { $0.lowercased() == name } ?? false
    }
    guard let person = whole.first ?? (first.count == 1 ? first.first : nil) else {
      return ("", line)
    }
    return (person.name, String(line[colon.upperBound...]).trimmingCharacters(in: .whitespaces))
  }

}
