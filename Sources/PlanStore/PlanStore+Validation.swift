import Foundation

/// Checks on values before they are written.
extension PlanStore {
  func requireText(_ value: String, field: String) throws(StoreError) {
    if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .invalid(field: field, value: value, reason: "it must not be empty")
    }
  }

  func requireDate(_ value: String, field: String) throws(StoreError) {
    if !Timestamps.isDate(value) {
      throw .invalid(field: field, value: value, reason: "expected a date as YYYY-MM-DD")
    }
  }

  func requireOneOf(_ value: String, _ allowed: [String], field: String) throws(StoreError) {
    if !allowed.contains(value) {
      throw .invalid(
        field: field, value: value, reason: "expected one of \(allowed.joined(separator: ", "))")
    }
  }

  func requireNotNegative(_ minor: Int64, field: String) throws(StoreError) {
    if minor < 0 {
      throw .invalid(field: field, value: String(Double(minor) / 100), reason: "it cannot be negative")
    }
  }

  /// Names are one line of printable text: no line breaks or terminal escapes.
  func requireName(_ value: String, field: String) throws(StoreError) {
    try requireText(value, field: field)
    if value.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    {
      throw .invalid(field: field, value: value.debugDescription,
        reason: "a name cannot hold line breaks, tabs or other control characters")
    }
  }
}
