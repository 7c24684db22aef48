import PlanStore

/// One person's working session on a store: the current plan, the output format, where
/// lines come from and where output goes. Every line, wherever it came from, runs here.
public final class Session {
  public let store: PlanStore
  public var commands: CommandTable
  public var renderer: Renderer
  public var output: OutputSink
  public var diagnostics: DiagnosticSink
  public var input: LineSource
  /// Where long commands report progress; nil when nobody is watching a terminal.
  public var progressSink: ProgressSink?
  /// Named settings, such as the transcripts folder, set by the shell.
  public var settings: [String: String] = [:]
  public private(set) var currentPlanID: Int64?
  /// The line now running, as typed (meetings record it as their first input).
  public private(set) var currentLine = ""

  public init(
    store: PlanStore, commands: CommandTable, output: OutputSink, diagnostics: DiagnosticSink,
    input: LineSource, renderer: Renderer = Renderer()
  ) {
    self.store = store
    self.commands = commands
    self.output = output
    self.diagnostics = diagnostics
    self.input = input
    self.renderer = renderer
  }

  /// Failures reported inside a command that went on regardless (a refused answer in a
  /// meeting): the script running it counts them, for its exit status.
  public private(set) var unreportedFailures = 0

  /// Counts `count` failures for the script that runs this session's current command.
  public func recordFailures(_ count: Int) { unreportedFailures += count }

  /// Returns the failures recorded since the last call, and forgets them.
  public func takeFailures() -> Int {
    defer { unreportedFailures = 0 }
    return unreportedFailures
  }

  /// The current plan, read afresh from the store.
  public func requirePlan() throws(StoreError) -> Plan {
    guard let currentPlanID else { throw .noCurrentPlan }
    return try store.plan(id: currentPlanID)
  }

  /// The current plan's name, or nil when none is chosen.
  public var currentPlanName: String? {
    guard let currentPlanID else { return nil }
    return try? store.plan(id: currentPlanID).name
  }

  /// Makes the plan named `reference` the current one.
  @discardableResult
  public func usePlan(_ reference: String) throws(StoreError) -> Plan {
    let plan = try store.plan(named: reference)
    currentPlanID = plan.id
    return plan
  }

  /// Makes no plan current.
  public func clearPlan() { currentPlanID = nil }

  /// Runs one complete line (continuations already joined) and prints its output.
  public func execute(_ line: String) throws {
    currentLine = line
    switch LineSplitter.split(line) {
    case .words(let words):
      try run(words)
    case .incomplete(let quote?, let column):
      throw CommandError.at(column: column, .unterminatedQuote(quote))
    case .incomplete(nil, let column):
      throw CommandError.at(column: column, .trailingBackslash)
    }
  }

  /// Runs a line already split into words (as given on plansh's command line).
  public func execute(words: [Word]) throws {
    currentLine = words.map { Quoting.quote($0.text) }.joined(separator: " ")
    try run(words)
  }

  private func run(_ words: [Word]) throws {
    guard !words.isEmpty else { return }
    let (spec, used): (CommandSpec, Int)
    do {
      (spec, used) = try commands.lookup(words.map(\.text))
    } catch {
      throw CommandError.at(column: words[0].column, error)
    }
    let rest = words.dropFirst(used)
    if rest.contains(where: { $0.text == "--help" }) {
      write(.text(HelpText.command(spec)))
      return
    }
    // Just past the line's last word (its text: a closing quote is not counted).
    let end = words.last.map { $0.column + $0.text.count } ?? 1
    let parsed = try ArgumentParser.parse(rest, for: spec, endColumn: end)
    let invocation = Invocation(
      spec: spec, arguments: parsed.arguments, options: parsed.options, flags: parsed.flags,
      session: self)
    var format = renderer.format
    if let name = parsed.options["format"] {
      guard let chosen = OutputFormat(rawValue: name.lowercased()) else {
        throw CommandError.invalidValue(
          option: "format", value: name,
          expected: "one of " + OutputFormat.names.joined(separator: ", "))
      }
      format = chosen
    }
    let result = try spec.run(invocation)
    let saved = renderer.format
    renderer.format = format
    defer { renderer.format = saved }
    write(result)
  }

  /// Prints `result` in the session's format.
  public func write(_ result: CommandOutput) {
    // In pieces of whole lines, so a listing of any size is never held whole.
    renderer.render(result, utf8: { output.write(utf8: $0) })
  }
}
