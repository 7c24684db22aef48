import Foundation

/// Writes a file plansh makes for the user (an export, a picture).
///
/// The file is written in place at exactly the path given: no temporary file beside it
/// and no folder is made. It is readable by its owner only (0600), also when it existed
/// before, and a symbolic link at the path is refused rather than followed.
public enum OwnerOnlyFile {
  /// Writes `text` to `path`, replacing what was there.
  public static func write(_ text: String, to path: String) throws(CommandError) {
    if path.isEmpty { throw .failed("cannot write a file with an empty name") }
    // open(2) with O_NOFOLLOW: a link at the last component fails with ELOOP.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if descriptor < 0 { throw failure(path) }
    defer { close(descriptor) }
    if fchmod(descriptor, 0o600) != 0 { throw failure(path) }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(path)
      }
      bytes = bytes.dropFirst(written)
    }
  }

  private static func failure(_ path: String) -> CommandError {
    let reason = errno == ELOOP ? "it is a symbolic link" : String(cString: strerror(errno))
    return .failed("cannot write '\(path)': \(reason)")
  }
}
