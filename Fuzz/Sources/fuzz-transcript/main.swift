import Foundation
import FuzzSupport
import Meetings

/// The target: the input as a transcript file, read and checked line by line.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTranscript(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  _ = try? Transcript.read(path: FuzzInput.file("input.transcript", bytes, count))
  return 0
}

exit(FuzzDriver.run(fuzzTranscript))
