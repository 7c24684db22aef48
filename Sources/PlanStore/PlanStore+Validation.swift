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
}
