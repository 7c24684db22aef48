import Foundation

/// A file opened for reading, a buffer at a time: the one way the importers and the
/// transcript reader open what they read. A folder is no such file. Closed when released.
public final class ReadOnlyFile {
  private let descriptor: Int32

  /// Opens `path`; nil when it cannot be read, or is a folder.
  public init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end of the file.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileReadError) -> Int {
    while true {
      let got = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
      if got >= 0 { return got }
      if errno != EINTR { throw FileReadError(reason: String(cString: strerror(errno))) }
    }
  }
}

/// Why a file could not be read, as the system says it.
public struct FileReadError: Error {
  public let reason: String
}
