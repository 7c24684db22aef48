import Foundation
import PlanCommands
import PlanStore

/// Reads agenda scripts: the shell's own command language plus a few directives.
///
/// ```
/// agenda "Test & Improve"          # title of the meeting
/// step "Plan overview" --area overview --minutes 10
/// say "The presenter walks the team through the plan."
/// plan show                        # any plan command
/// prompt feedback "What did you hear?"
/// include other.agenda             # the steps of another agenda
/// ```
public struct AgendaParser {
  let commands: CommandTable
  let library: AgendaLibrary

  /// The longest timebox, for a step or a whole agenda: a day.
  static let longestMinutes = 24 * 60

  public init(commands: CommandTable, library: AgendaLibrary) {
    self.commands = commands
    self.library = library
  }

  /// Parses the agenda at `path`; every problem found is reported at once.
  public func parse(file path: String) throws(AgendaError) -> Agenda {
    var problems: [AgendaProblem] = []
    var builder = Builder()
    read(file: path, into: &builder, problems: &problems, depth: 0)
    let planned = builder.steps.reduce(0) { $0 + $1.minutes }
    if let minutes = builder.minutes, planned > minutes {
      problems.append(
        AgendaProblem(
          location: SourceLocation(file: path, line: 1),
          message: "the steps' timeboxes add up to \(planned) min, more than the agenda's "
            + "\(minutes)"))
    }
    if builder.steps.isEmpty && problems.isEmpty {
      problems.append(
        AgendaProblem(
          location: SourceLocation(file: path, line: 1), message: "the agenda has no steps"))
    }
    if !problems.isEmpty { throw .invalid(problems) }
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let minutes = builder.minutes ?? builder.steps.reduce(0) { $0 + $1.minutes }
    return Agenda(
      name: name, title: builder.title ?? name, minutes: minutes, steps: builder.steps)
  }

  private struct Builder {
    var title: String?
    var minutes: Int?
    var steps: [AgendaStep] = []
    var open: AgendaStep?
    var items: [AgendaItem] = []
    /// The files being read, outermost first: an include of one of them is a loop.
    var reading: [String] = []

    mutating func closeStep() {
      if var open {
        open = AgendaStep(
          title: open.title, area: open.area, minutes: open.minutes, items: items,
          location: open.location, each: open.each, when: open.when)
        steps.append(open)
      }
      open = nil
      items = []
    }
  }

  private func read(
    file path: String, into builder: inout Builder, problems: inout [AgendaProblem], depth: Int
  ) {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      problems.append(
        AgendaProblem(
          location: SourceLocation(file: path, line: 1), message: "cannot read the file as UTF-8"))
      return
    }
    builder.reading.append(Self.identity(of: path))
    defer { builder.reading.removeLast() }
    var pending = ""
    var pendingLine = 0
    // "\r\n" is one Character, so it must be named as a line end as well as "\n".
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    // The newline that ends the last line starts no line of its own: a trailing backslash
    // there continues into nothing, as at the end of a script.
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (index, rawLine) in lines.enumerated() {
      var line = String(rawLine)
      if index == 0 && line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      if line.hasSuffix("\r") { line.removeLast() }
      if let nul = line.firstIndex(of: "\0") {
        let column = line.distance(from: line.startIndex, to: nul) + 1
        problems.append(
          AgendaProblem(
            location: SourceLocation(file: path, line: index + 1, column: column),
            message: "the line holds a NUL byte"))
        continue
      }
      if pending.isEmpty { pendingLine = index + 1 }
      pending += pending.isEmpty ? line : "\n" + line
      switch LineSplitter.split(pending) {
      case .incomplete:
        continue
      case .words(let words):
        let location = SourceLocation(file: path, line: pendingLine)
        handle(
          words, raw: pending, at: location, into: &builder, problems: &problems,
          depth: depth)
        pending = ""
      }
    }
    if case .incomplete(let quote, let column) = LineSplitter.split(pending), !pending.isEmpty {
      let what = quote == nil ? "a trailing backslash" : "an unterminated quote"
      problems.append(
        AgendaProblem(
          location: Self.place(column, in: pending, file: path, line: pendingLine),
          message: "\(what) runs to the end of the file"))
    }
    if depth == 0 { builder.closeStep() }
  }

  private func handle(
    _ words: [Word], raw: String, at location: SourceLocation, into builder: inout Builder,
    problems: inout [AgendaProblem], depth: Int
  ) {
    guard let first = words.first else { return }
    func problem(_ message: String, column: Int = first.column) {
      problems.append(
        AgendaProblem(
          location: Self.place(column, in: raw, file: location.file, line: location.line),
          message: message))
    }
    switch first.text {
    case "agenda":
      guard words.count >= 2 else { return problem("'agenda' needs a title") }
      builder.title = words[1].text
      if let minutes = option("minutes", in: words, problem: problem) {
        builder.minutes = Int(minutes.value)
      }
    case "step":
      guard words.count >= 2 else { return problem("'step' needs a title") }
      builder.closeStep()
      let area = option("area", in: words, problem: problem)
      if let area, !area.value.isEmpty, !PlanAreas.names.contains(area.value) {
        problem(
          "unknown area '\(area.value)'; areas are "
            + PlanAreas.names.joined(separator: ", "), column: area.column)
      }
      let minutes = option("minutes", in: words, problem: problem).flatMap { Int($0.value) } ?? 5
      var step = AgendaStep(
        title: words[1].text, area: area?.value ?? "", minutes: minutes, items: [],
        location: location)
      if let each = option("each", in: words, problem: problem) {
        step.each = each.value
        if !AgendaStep.eachValues.contains(each.value) {
          problem(
            "unknown --each '\(each.value)'; use one of "
              + AgendaStep.eachValues.joined(separator: ", "), column: each.column)
        }
      }
      if let check = option("when", in: words, problem: problem) {
        step.when = check.value
        if !PlanStore.checks.contains(where: { $0.name == check.value }) {
          problem(
            "unknown check '\(check.value)' for --when; checks are "
              + PlanStore.checks.map(\.name).joined(separator: ", "), column: check.column)
        }
      }
      builder.open = step
    case "say":
      guard builder.open != nil else { return problem("'say' comes before the first step") }
      builder.items.append(.say(words.dropFirst().map(\.text).joined(separator: " ")))
    case "prompt":
      guard builder.open != nil else { return problem("'prompt' comes before the first step") }
      if words.count == 3, !CaptureKind.all.contains(words[1].text) {
        return problem(
          "unknown prompt kind '\(words[1].text)'; kinds are "
            + CaptureKind.all.joined(separator: ", "), column: words[1].column)
      }
      guard words.count == 3 else {
        return problem(
          "usage: prompt KIND \"QUESTION\" where KIND is one of "
            + CaptureKind.all.joined(separator: ", "))
      }
      builder.items.append(.prompt(kind: words[1].text, question: words[2].text))
    case "include":
      guard words.count == 2 else { return problem("usage: include AGENDA") }
      guard depth < 8 else { return problem("includes are nested too deep (a loop?)") }
      let base = (location.file as NSString).deletingLastPathComponent
      guard let path = library.locate(words[1].text, relativeTo: base) else {
        return problem("no agenda '\(words[1].text)' to include", column: words[1].column)
      }
      if builder.reading.contains(Self.identity(of: path)) {
        return problem("including '\(words[1].text)' here makes a loop", column: words[1].column)
      }
      read(file: path, into: &builder, problems: &problems, depth: depth + 1)
    default:
      guard builder.open != nil else { return problem("a command comes before the first step") }
      do {
        try commands.check(words)
        builder.items.append(.command(raw, location))
      } catch {
        problem("\(error)", column: error.column ?? first.column)
      }
    }
  }

  /// The value of `--name VALUE` or `--name=VALUE` in `words`, with the column it is at.
  private func option(
    _ name: String, in words: [Word], problem: (String, Int) -> Void
  ) -> (value: String, column: Int)? {
    let flag = "--" + name
    guard let index = words.firstIndex(where: { $0.text == flag || $0.text.hasPrefix(flag + "=") })
    else { return nil }
    let found: (value: String, column: Int)
    if words[index].text != flag {
      let value = String(words[index].text.dropFirst(flag.count + 1))
      found = (value, words[index].column + flag.count + 1)
    } else if index + 1 < words.count {
      found = (words[index + 1].text, words[index + 1].column)
    } else {
      problem("--\(name) needs a value", words[index].column)
      return nil
    }
    if name == "minutes" && (Int(found.value) ?? 0) <= 0 {
      problem("--minutes needs a whole number above 0, not '\(found.value)'", found.column)
      return nil
    }
    // A bound keeps every sum of timeboxes, and their seconds, far from overflowing.
    if name == "minutes", let minutes = Int(found.value), minutes > Self.longestMinutes {
      problem(
        "--minutes is at most \(Self.longestMinutes) (a day), not '\(found.value)'",
        found.column)
      return nil
    }
    return found
  }

  /// Where `column` of `text`, whose lines were joined from line `line` of `file` on, is.
  static func place(_ column: Int, in text: String, file: String, line: Int) -> SourceLocation {
    var line = line
    var lineStart = 0
    for (offset, character) in text.prefix(max(0, column - 1)).enumerated()
    where character == "\n" {
      line += 1
      lineStart = offset + 1
    }
    return SourceLocation(file: file, line: line, column: column - lineStart)
  }

  /// One name for a file however its path was spelt, to recognise an include loop.
  private static func identity(of path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
