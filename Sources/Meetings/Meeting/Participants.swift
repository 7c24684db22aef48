import Foundation

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

  /// The list as stored and shown.
  public var text: String {
    people.map { $0.role.isEmpty ? $0.name : "\($0.name) (\($0.role))" }
      .joined(separator: ", ")
  }

  /// The participant called `name`, ignoring case.
  public func person(named name: String) -> Person? {
    people.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
  }

  /// Splits `Ana: the target is low` into speaker and text when Ana takes part.
  public func attribute(_ line: String) -> (speaker: String, text: String) {
    guard let colon = line.range(of: ": ") else { return ("", line) }
    let name = line[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
    guard let person = person(named: name) else { return ("", line) }
    return (person.name, String(line[colon.upperBound...]).trimmingCharacters(in: .whitespaces))
  }
}
