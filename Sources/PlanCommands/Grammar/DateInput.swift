import Foundation
import PlanStore

/// Dates as people type them: `YYYY-MM-DD`, `today`, or `+N` days from today.
public enum DateInput {
  /// The calendar date `text` means on `now`, or nil when it is not a date.
  public static func resolve(_ text: String, now: Date) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    if trimmed == "today" { return day(of: now) }
    if trimmed.hasPrefix("+"), let days = Int(trimmed.dropFirst()), (0..<36_500).contains(days) {
      return day(of: now.addingTimeInterval(Double(days) * 86_400))
    }
    return Timestamps.isDate(trimmed) ? trimmed : nil
  }

  /// The UTC calendar date of `date`.
  public static func day(of date: Date) -> String {
    String(Timestamps.string(from: date).prefix(10))
  }
}
