import Foundation

/// 10,000 everyday commands on the large plan: captures, changes and small queries.
struct LargeScript {
  var random: SeededRandom

  init(seed: UInt64) { random = SeededRandom(seed: seed) }

  mutating func write(to path: String) throws {
    var lines = ["plan use '\(LargePlan.name)'"]
    for index in 1..<10_000 {
      switch index % 5 {
      case 0:
        lines.append("feedback add 'Observation \(index)' --area opportunities --by Ana")
      case 1:
        lines.append(
          "action add 'Follow up \(index)' --owner 'Owner \(random.int(1...40))' "
            + "--due 2027-0\(random.int(1...9))-1\(random.int(0...9))")
      case 2:
        lines.append(
          "opportunity set \(random.int(1...50_000)) --stage 'Stage \(random.int(1...6))'")
      case 3:
        lines.append(
          "account set \(random.int(1...2_000)) --segment \(random.pick(["A", "B", "C"]))")
      default:
        lines.append("objective show \(random.int(1...5_000))")
      }
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
  }
}
