/// Every command the shell knows, found by the words that name it.
public struct CommandTable: Sendable {
  public private(set) var specs: [CommandSpec] = []

  public init(_ specs: [CommandSpec] = []) {
    for spec in specs { register(spec) }
  }

  /// Adds a command; a later one with the same name replaces the earlier.
  public mutating func register(_ spec: CommandSpec) {
    specs.removeAll { $0.path == spec.path }
    specs.append(spec)
  }

  /// Adds several commands.
  public mutating func register(_ list: [CommandSpec]) {
    for spec in list { register(spec) }
  }

  /// The command named by the first words of `words`, and how many words its name took.
  public func lookup(_ words: [String]) throws(CommandError) -> (CommandSpec, Int) {
    let lowered = words.map { $0.lowercased() }
    let matches = specs.filter { Array(lowered.prefix($0.path.count)) == $0.path }
    if let best = matches.max(by: { $0.path.count < $1.path.count }) {
      return (best, best.path.count)
    }
    let first = lowered.first ?? ""
    let verbs = specs.filter { $0.path.first == first && $0.path.count > 1 }
    if !verbs.isEmpty {
      if words.count > 1 {
        let typed = "\(first) \(lowered[1])"
        throw .unknownCommand(typed, suggestion: nearest(to: typed))
      }
      throw .incompleteCommand(first, choices: verbs.map { $0.path[1] }.sorted())
    }
    throw .unknownCommand(
      words.first ?? "",
      suggestion: nearest(
        to: lowered.prefix(2)
          .joined(separator: " ")))
  }

  /// Checks that `words` name a command and fit its arguments and options, without
  /// running it: for agenda scripts, checked before a meeting starts.
  public func check(_ words: [Word]) throws(CommandError) {
    guard let first = words.first else { return }
    let found: (CommandSpec, Int)
    do {
      found = try lookup(words.map(\.text))
    } catch {
      throw .at(column: first.column, error)
    }
    let end = words.last.map { $0.column + $0.text.count } ?? 1
    _ = try ArgumentParser.parse(words.dropFirst(found.1), for: found.0, endColumn: end)
  }

  /// The command whose name is exactly `name`.
  public func spec(named name: String) -> CommandSpec? {
    specs.first { $0.name == name.lowercased() }
  }

  /// The closest command name to `typed`, if any is close enough to be a likely typo.
  public func nearest(to typed: String) -> String? {
    var candidates = Set(specs.map(\.name))
    for spec in specs { candidates.insert(spec.path[0]) }
    let limit = max(2, typed.count / 3)
    // Names whose length alone puts them over the limit need no distance: a long line
    // pasted by mistake is answered at once, not after seconds of comparing.
    let scored = candidates.filter { abs($0.count - typed.count) <= limit }
      .map { ($0, EditDistance.between($0, typed)) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
    return best.1 <= limit ? best.0 : nil
  }

  /// The areas commands are listed under, in the order they were first registered.
  public var areas: [String] {
    var seen: [String] = []
    for spec in specs where !seen.contains(spec.area) { seen.append(spec.area) }
    return seen
  }
}

/// Levenshtein distance, for suggesting the command a person meant.
enum EditDistance {
  static func between(_ left: String, _ right: String) -> Int {
    let a = Array(left)
    let b = Array(right)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, characterA) in a.enumerated() {
      var current = [i + 1]
      for (j, characterB) in b.enumerated() {
        let cost = characterA == characterB ? 0 : 1
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + cost))
      }
      previous = current
    }
    return previous[b.count]
  }
}
