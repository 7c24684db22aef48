import Foundation
import FuzzSupport
import Meetings

/// The target: the input as an agenda script, parsed and checked with every command a
/// meeting has; `include` finds the shipped agendas.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzAgenda(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let path = FuzzInput.file("input.agenda", bytes, count)
  let library = AgendaLibrary(folders: [FuzzInput.packageRoot + "/agendas"])
  _ = try? AgendaParser(commands: FuzzSession.shared.commands, library: library)
    .parse(file: path)
  return 0
}

exit(FuzzDriver.run(fuzzAgenda))
