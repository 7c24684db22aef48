import Foundation
import PlanStore

/// Reads a plan-type file: plansh's command language with three directives.
///
/// ```
/// type "strategic partner" "Joint planning with a strategic partner"
/// section "Strategy"
/// question plan partner.value "Do both sides see the value of the partnership?"
/// question account research.goals "What are this account's business goals?"
/// ```
struct PlanTypeFile {
  let name: String
  let description: String
  let questions: [PlanStore.QuestionDefinition]

  /// Parses the file at `path`; the first problem is reported with file:line:column.
  static func read(_ path: String) throws -> PlanTypeFile {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw CommandError.failed("cannot read plan-type file '\(path)'") }
    var name: String?
    var description = ""
    var section = ""
    var questions: [PlanStore.QuestionDefinition] = []
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, scalars) in lines.enumerated() {
      var line = String(String.UnicodeScalarView(scalars))
      if line.hasSuffix("\r") { line.removeLast() }
      if index == 0 && line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      func fail(_ message: String, _ column: Int) -> Error {
        CommandError.failed("\(path):\(index + 1):\(column): \(message)")
      }
      guard case .words(let words) = LineSplitter.split(line) else {
        throw fail("an unterminated quote", 1)
      }
      guard let first = words.first else { continue }
      switch (first.text, words.count) {
      case ("type", 2...3):
        name = words[1].text
        description = words.count == 3 ? words[2].text : ""
      case ("section", 2):
        section = words[1].text
      case ("question", 4):
        guard ["plan", "account"].contains(words[1].text) else {
          throw fail(
            "a question's scope is plan or account, not '\(words[1].text)'",
            words[1].column)
        }
        guard !section.isEmpty else { throw fail("a question comes before any section", 1) }
        questions.append(
          PlanStore.QuestionDefinition(
            code: words[2].text, scope: words[1].text, section: section, text: words[3].text))
      default:
        throw fail(
          "expected: type NAME [DESCRIPTION], section NAME, or question "
            + "plan|account CODE TEXT", first.column)
      }
    }
    guard let name else {
      throw CommandError.failed("\(path):1:1: the file names no type ('type NAME')")
    }
    return PlanTypeFile(name: name, description: description, questions: questions)
  }
}
