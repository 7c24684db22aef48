import Foundation
import FuzzSupport
import PlanCommands

/// Commands that read or write files named in their arguments, or read further input:
/// only their arguments are checked, they are not run.
let touchesFiles = ["import salesforce", "meet", "agenda check", "replay", "minutes export"]

/// The target: one command line, split and matched against the command table; a command
/// that stays inside the store then runs on the sample plan (its writes undone).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommandLine(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let line = FuzzInput.text(bytes, count)
  guard case .words(let words) = LineSplitter.split(line), !words.isEmpty else { return 0 }
  let fuzz = FuzzSession.shared
  guard let (spec, _) = try? fuzz.commands.lookup(words.map(\.text)) else { return 0 }
  if touchesFiles.contains(spec.name) {
    try? fuzz.commands.check(words)
    return 0
  }
  fuzz.undoing { session in try? session.execute(line) }
  return 0
}

exit(FuzzDriver.run(fuzzCommandLine))
