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

  public init(commands: CommandTable, library: AgendaLibrary) {
    self.commands = commands
    self.library = library
  }

  /// Parses the agenda at `path`; every problem found is reported at once.
  public func parse(file path: String) throws(AgendaError) -> Agenda {
    var problems: [AgendaProblem] = []
    var builder = Builder()
    read(file: path, into: &builder, problems: &problems, depth: 0)
    if builder.steps.isEmpty && problems.isEmpty {
      problems.append(AgendaProblem(
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
      problems.append(AgendaProblem(
        location: SourceLocation(file: path, line: 1), message: "cannot read the file as UTF-8"))
      return
    }
    var pending = ""
    var pendingLine = 0
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var line = String(rawLine)
      if index == 0 && line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      if line.hasSuffix("\r") { line.removeLast() }
      if pending.isEmpty { pendingLine = index + 1 }
      pending += pending.isEmpty ? line : "\n" + line
      switch LineSplitter.split(pending) {
      case .incomplete:
        continue
      case .words(let words):
        let location = SourceLocation(file: path, line: pendingLine)
        handle(words, raw: pending, at: location, into: &builder, problems: &problems,
          depth: depth)
        pending = ""
      }
    }
    if case .incomplete(let quote, let column) = LineSplitter.split(pending), !pending.isEmpty {
      let what = quote == nil ? "a trailing backslash" : "an unterminated quote"
      problems.append(AgendaProblem(
        location: SourceLocation(file: path, line: pendingLine, column: column),
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
      problems.append(AgendaProblem(
        location: SourceLocation(file: location.file, line: location.line, column: column),
        message: message))
    }
    switch first.text {
    case "agenda":
      guard words.count >= 2 else { return problem("'agenda' needs a title") }
      builder.title = words[1].text
      if let minutes = option("minutes", in: words, problem: problem) {
        builder.minutes = Int(minutes)
      }
    case "step":
      guard words.count >= 2 else { return problem("'step' needs a title") }
      builder.closeStep()
      let area = option("area", in: words, problem: problem) ?? ""
      if !area.isEmpty && !PlanAreas.names.contains(area) {
        problem("unknown area '\(area)'; areas are \(PlanAreas.names.joined(separator: ", "))")
      }
      let minutes = option("minutes", in: words, problem: problem).flatMap { Int($0) } ?? 5
      var step = AgendaStep(
        title: words[1].text, area: area, minutes: minutes, items: [], location: location)
      step.each = option("each", in: words, problem: problem)
      if let each = step.each, !AgendaStep.eachValues.contains(each) {
        problem("unknown --each '\(each)'; use one of "
          + AgendaStep.eachValues.joined(separator: ", "))
      }
      step.when = option("when", in: words, problem: problem)
      if let check = step.when, !PlanStore.checks.contains(where: { $0.name == check }) {
        problem("unknown check '\(check)' for --when; checks are "
          + PlanStore.checks.map(\.name).joined(separator: ", "))
      }
      builder.open = step
    case "say":
      guard builder.open != nil else { return problem("'say' comes before the first step") }
      builder.items.append(.say(words.dropFirst().map(\.text).joined(separator: " ")))
    case "prompt":
      guard builder.open != nil else { return problem("'prompt' comes before the first step") }
      guard words.count == 3, CaptureKind.all.contains(words[1].text) else {
        return problem("usage: prompt KIND \"QUESTION\" where KIND is one of "
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
      read(file: path, into: &builder, problems: &problems, depth: depth + 1)
    default:
      guard builder.open != nil else { return problem("a command comes before the first step") }
      do {
        _ = try commands.lookup(words.map(\.text))
        builder.items.append(.command(raw, location))
      } catch {
        problem("\(error)")
      }
    }
  }

  private func option(
    _ name: String, in words: [Word], problem: (String, Int) -> Void
  ) -> String? {
    guard let index = words.firstIndex(where: { $0.text == "--" + name }) else { return nil }
    guard index + 1 < words.count else {
      problem("--\(name) needs a value", words[index].column)
      return nil
    }
    let value = words[index + 1].text
    if name == "minutes" && (Int(value) ?? 0) <= 0 {
      problem("--minutes needs a whole number above 0, not '\(value)'", words[index + 1].column)
      return nil
    }
    return value
  }
}
