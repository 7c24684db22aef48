import Foundation

/// A Salesforce Data Export folder: Account.csv with 2,000 accounts and Contact.csv with
/// 100,000 contacts, in Salesforce's own field names and 18-character ids.
struct LargeContactExport {
  var random: SeededRandom

  init(seed: UInt64) { random = SeededRandom(seed: seed) }

  mutating func write(to folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var accounts = ["Id,Name,Type,Industry"]
    for index in 0..<2_000 {
      accounts.append(
        "\(id("001", index)),\"Account \(index), Inc.\",Customer - Direct,"
          + random.pick(["Logistics", "Retail", "Energy", "Finance"]))
    }
    var contacts = ["Id,AccountId,FirstName,LastName,Title,Email,Phone"]
    for index in 0..<100_000 {
      contacts.append(
        "\(id("003", index)),\(id("001", random.int(0...1_999))),"
          + "\(random.pick(["Ana", "Ben", "Chloé", "Dara", "Eli"])),Person\(index),"
          + "\"Director, \(random.pick(["Operations", "Finance", "IT"]))\","
          + "person\(index)@example.com,"
          + "555\(random.int(1_000_000...9_999_999))")
    }
    try (accounts.joined(separator: "\r\n") + "\r\n").write(
      toFile: folder + "/Account.csv", atomically: true, encoding: .utf8)
    try (contacts.joined(separator: "\r\n") + "\r\n").write(
      toFile: folder + "/Contact.csv", atomically: true, encoding: .utf8)
  }

  private func id(_ prefix: String, _ index: Int) -> String {
    let digits = String(index)
    return prefix + String(repeating: "0", count: 15 - digits.count) + digits
  }
}
