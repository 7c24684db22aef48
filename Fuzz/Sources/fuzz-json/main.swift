import Foundation
import FuzzSupport
import PlanCommands

/// The target: parses the input as a JSON document, as the Salesforce importer does.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSON(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  _ = try? JSONParser.parse(FuzzInput.text(bytes, count))
  return 0
}

exit(FuzzDriver.run(fuzzJSON))
