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
      throw .invalid(
        field: field, value: String(Double(minor) / 100), reason: "it cannot be negative")
    }
  }

  /// A name: any text but an empty one. Names keep whatever they hold (a CRM may send
  /// line breaks or escapes); every output neutralizes them instead.
  func requireName(_ value: String, field: String) throws(StoreError) {
    try requireText(value, field: field)
  }

}
