import Foundation
import FuzzSupport
import PlanCommands

/// Commands that read a file or further input named by something other than a file
/// argument (agendas by name or path): only their arguments are checked.
let readsInput: Set<String> = ["meet", "agenda check"]

/// Whether running `spec` with `words` could read a file the input names: a file argument,
/// or a file option other than the ones that write (which write nothing in the fuzzing
/// session: it counts as a replay, see `FuzzSession`).
func readsFiles(_ spec: CommandSpec, _ words: [Word]) -> Bool {
  if readsInput.contains(spec.name) { return true }
  if spec.arguments.contains(where: { if case .files = $0.completion { true } else { false } }) {
    return true
  }
  let writes: Set<String> = ["output", "svg", "dot"]
  return spec.options.contains { option in
    guard case .files = option.completion, !writes.contains(option.name) else { return false }
    return words.contains { $0.text.lowercased().hasPrefix("--\(option.name)") }
  }
}

/// The target: one command line, split and matched against the command table; a command
/// that reads no file then runs on the sample plan (its writes to the store undone).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommandLine(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let line = FuzzInput.text(bytes, count)
  guard case .words(let words) = LineSplitter.split(line), !words.isEmpty else { return 0 }
  let fuzz = FuzzSession.shared
  guard let (spec, _) = try? fuzz.commands.lookup(words.map(\.text)) else { return 0 }
  if readsFiles(spec, words) {
    try? fuzz.commands.check(words)
    return 0
  }
  fuzz.undoing { session in try? session.execute(line) }
  return 0
}

exit(FuzzDriver.run(fuzzCommandLine))
