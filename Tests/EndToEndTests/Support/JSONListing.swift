import Foundation
import Testing

/// A `--format json` listing read back, to look at its fields or compare two stores.
struct JSONListing: Equatable, CustomStringConvertible {
  /// The listing's objects, in order.
  let objects: [[String: Any]]
  /// The same listing written with sorted keys: equal listings have equal text.
  let canonical: String

  /// Parses `text`; fails when it is not a JSON array of objects.
  init(_ text: String) throws {
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    objects = try #require(parsed as? [[String: Any]], "not an array of objects: \(text)")
    let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys])
    canonical = String(decoding: data, as: UTF8.self)
  }

  /// The text values of `key`, one per object (`""` for null or another type).
  func strings(_ key: String) -> [String] {
    objects.map { ($0[key] as? String) ?? "" }
  }

  /// The integer values of `key`, one per object (nil for null).
  func integers(_ key: String) -> [Int?] {
    objects.map { ($0[key] as? NSNumber)?.intValue }
  }

  var description: String { canonical }

  static func == (left: JSONListing, right: JSONListing) -> Bool {
    left.canonical == right.canonical
  }
}
