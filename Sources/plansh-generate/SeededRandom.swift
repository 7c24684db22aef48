/// A small deterministic generator (SplitMix64), so every run builds the same data.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

  /// One of `choices`.
  mutating func pick<T>(_ choices: [T]) -> T { choices[int(0...choices.count - 1)] }

  /// A date in 2026 or 2027 as `YYYY-MM-DD`.
  mutating func date() -> String {
    let month = int(1...12)
    let day = int(1...28)
    return "\(int(2026...2027))-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}
