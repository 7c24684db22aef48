import Foundation

/// The process's environment, read a variable at a time.
enum Environment {
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
