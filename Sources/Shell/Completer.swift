import Foundation
import Meetings
import PlanCommands
import PlanStore

/// Works out what Tab should insert: command names, options, enumerated values, names
/// from the store, agendas and files, quoted when they need it.
final class Completer {
  /// What to do with the line: insert text after deleting some, or show a listing.
  struct Result: Equatable {
    var insertion: String?
    var deleteCount = 0
    var listing: String?
  }

  private unowned let session: Session

  init(session: Session) { self.session = session }

  /// The completion for the line typed so far (up to the cursor).
  func complete(_ line: String) -> Result {
    // At a meeting prompt, `!` runs a command: complete what follows it.
    if line.hasPrefix("!") { return complete(String(line.dropFirst())) }
    let (previous, partial, typed) = split(line)
    let candidates = self.candidates(previous: previous, partial: partial)
      .filter { $0.lowercased().hasPrefix(partial.lowercased()) }
    let unique = Array(Set(candidates)).sorted()
    let deleteCount = typed.unicodeScalars.count
    if unique.count == 1 {
      let word = unique[0]
      let ending = word.hasSuffix("/") ? "" : " "
      return Result(insertion: Quoting.quote(word) + ending, deleteCount: deleteCount)
    }
    guard unique.count > 1 else { return Result() }
    let common = commonPrefix(unique)
    if common.count > partial.count {
      return Result(
        insertion: Quoting.quote(common).replacingOccurrences(
          of: "'$", with: "",
          options: .regularExpression), deleteCount: deleteCount)
    }
    return Result(listing: layout(unique))
  }

  /// The finished words before the cursor, the word being typed (unquoted), and that
  /// word exactly as typed (with any opening quote).
  private func split(_ line: String) -> ([String], String, String) {
    switch LineSplitter.split(line) {
    case .words(let words):
      if line.isEmpty || line.last?.isWhitespace == true { return (words.map(\.text), "", "") }
      guard let last = words.last else { return ([], "", "") }
      let typed = String(line.dropFirst(last.column - 1))
      return (words.dropLast().map(\.text), last.text, typed)
    case .incomplete(let quote, let column):
      let before = String(line.prefix(column - 1))
      let typed = String(line.dropFirst(column - 1))
      let partial = quote == nil ? typed : String(typed.dropFirst())
      if case .words(let words) = LineSplitter.split(before) {
        return (words.map(\.text), partial, typed)
      }
      return ([], partial, typed)
    }
  }

  private func candidates(previous: [String], partial: String) -> [String] {
    let table = session.commands
    if previous.isEmpty { return table.specs.map { $0.path[0] } }
    let nouns = table.specs.filter { $0.path[0] == previous[0].lowercased() }
    if previous.count == 1 && nouns.contains(where: { $0.path.count > 1 }) {
      return nouns.compactMap { $0.path.count > 1 ? $0.path[1] : nil }
    }
    guard let (spec, used) = try? table.lookup(previous) else { return [] }
    let rest = Array(previous.dropFirst(used))
    if partial.hasPrefix("-") { return spec.options.map { "--" + $0.name } + ["--help"] }
    if let last = rest.last, last.hasPrefix("--"),
      let option = spec.options.first(where: { "--" + $0.name == last }), !option.isFlag
    {
      return values(for: option.completion, partial: partial)
    }
    let positional = positionalCount(rest, spec: spec)
    let argument =
      positional < spec.arguments.count
      ? spec.arguments[positional] : spec.arguments.last.flatMap { $0.repeats ? $0 : nil }
    return argument.map { values(for: $0.completion, partial: partial) } ?? []
  }

  private func positionalCount(_ words: [String], spec: CommandSpec) -> Int {
    var count = 0
    var index = 0
    while index < words.count {
      let word = words[index]
      if word.hasPrefix("--"), let option = spec.options.first(where: { "--" + $0.name == word }) {
        index += option.isFlag ? 1 : 2
        continue
      }
      count += 1
      index += 1
    }
    return count
  }

  private func values(for completion: Completion, partial: String) -> [String] {
    switch completion {
    case .none: return []
    case .values(let values): return values
    case .commands: return Array(Set(session.commands.specs.map { $0.path[0] }))
    case .agendas:
      let folders = (session.settings["agendas"] ?? "").split(separator: ":").map(String.init)
      return AgendaLibrary(folders: folders).names()
    case .files: return files(matching: partial)
    case .names(let kind): return names(kind, partial: partial)
    }
  }

  private func names(_ kind: String, partial: String) -> [String] {
    if kind == "plan type" { return (try? session.store.planTypes().map(\.name)) ?? [] }
    let table: NameTable? =
      switch kind {
      case "plan": .plan
      case "account": .account
      case "contact": .contact
      case "solution": .solution
      case "objective": .objective
      case "opportunity": .opportunity
      case "action": .action
      case "owner": .owner
      default: nil
      }
    guard let table else { return [] }
    return
      (try? session.store.names(
        in: table, planID: session.currentPlanID, startingWith: partial)) ?? []
  }

  private func files(matching partial: String) -> [String] {
    let folder = partial.contains("/") ? String(partial[...partial.lastIndex(of: "/")!]) : ""
    let listed =
      (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
    return listed.filter { !$0.hasPrefix(".") }.map { name in
      var isFolder: ObjCBool = false
      let path = folder + name
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      return isFolder.boolValue ? path + "/" : path
    }
  }

  private func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for word in words.dropFirst() {
      while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
    }
    return prefix
  }

  private func layout(_ words: [String]) -> String {
    let width = (Terminal.width ?? 80)
    let column = (words.map(DisplayWidth.of).max() ?? 0) + 2
    let perLine = max(1, width / column)
    var lines: [String] = []
    for start in stride(from: 0, to: words.count, by: perLine) {
      let row = words[start..<min(start + perLine, words.count)]
      lines.append(
        row.map {
          TerminalText.neutralized($0).padding(
            toLength: column,
            withPad: " ", startingAt: 0)
        }.joined().trailingSpacesTrimmed)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  var trailingSpacesTrimmed: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
