import CFuzzer
import Foundation

/// Runs libFuzzer on a target from the executable's `main.swift`.
///
/// SwiftPM renames an executable's entry point and points `main` at it, so libFuzzer's own
/// `main` is never linked; the target's `main.swift` calls this instead.
public enum FuzzDriver {
  /// The signature of `LLVMFuzzerTestOneInput`.
  public typealias Target = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs the fuzzing loop with libFuzzer's command-line options; returns its exit status.
  public static func run(_ target: Target) -> Int32 {
    var count = CommandLine.argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&count, &arguments, target)
  }
}
