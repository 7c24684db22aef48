import PlanCommands
import Testing

@Suite("Money as people type and read it")
struct MoneyTests {
  @Test(
    "amounts parse into minor units",
    arguments: [
      ("125000", Int64(12_500_000)), ("125,000.50", 12_500_050), ("87.5k", 8_750_000),
      ("1.2m", 120_000_000), ("1.5M", 150_000_000), ("250K", 25_000_000), (" 42 ", 4_200),
      ("0.05", 5), ("-5", -500), ("-1.5k", -150_000), ("0", 0),
    ])
  func parses(text: String, minor: Int64) {
    #expect(Money.parse(text) == minor)
  }

  @Test(
    "text that is not an amount is refused",
    arguments: [
      "", "k", "-", "abc", "1.2.3", "1e5", "12$", "$12", "--5", "1 000", "١٢", "１２", ".",
      "99999999999999999",
    ])
  func refuses(text: String) {
    #expect(Money.parse(text) == nil)
  }

  @Test(
    "minor units are written with grouped thousands and cents only when there are some",
    arguments: [
      (Int64(12_500_000), "125,000"), (12_500_050, "125,000.50"), (5, "0.05"), (0, "0"),
      (-123_456, "-1,234.56"), (100_000_000_000, "1,000,000,000"), (99_999, "999.99"),
      (101, "1.01"),
    ])
  func formats(minor: Int64, text: String) {
    #expect(Money.format(minor) == text)
  }

  @Test(
    "formatting then parsing gives the same amount back",
    arguments: [Int64(0), 1, 99, 12_345_678, -250_075, 987_654_321_00])
  func roundTrips(minor: Int64) {
    #expect(Money.parse(Money.format(minor)) == minor)
  }

  @Test("the most negative amount formats without overflowing")
  func extremeAmount() {
    #expect(Money.format(Int64.min).hasPrefix("-92,233,720,368,547,758"))
  }
}
