import Foundation
import FuzzSupport
import PlanCommands

/// The target: the input as CSV text, split into rows and fields.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  _ = try? CSVReader.rows(FuzzInput.text(bytes, count))
  return 0
}

exit(FuzzDriver.run(fuzzCSV))
