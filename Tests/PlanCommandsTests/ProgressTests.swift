import Foundation
import PlanCommands
import PlanStore
import Testing

/// Remembers every progress update it is given.
private final class RecordedProgress: ProgressSink {
  var updates: [(String, Int, Int)] = []
  var finished = 0

  func update(_ label: String, done: Int, total: Int) { updates.append((label, done, total)) }
  func finish() { finished += 1 }
}

@Suite("Progress of long work")
struct ProgressTests {
  private func export(contacts: Int, in fixture: SessionFixture) throws -> String {
    var rows = ["Id,Name", "001000000000000001,Acme"]
    try fixture.write(rows.joined(separator: "\n") + "\n", to: "export/Account.csv")
    rows = ["Id,AccountId,FirstName,LastName"]
    for index in 0..<contacts {
      rows.append("003\(String(format: "%015d", index)),001000000000000001,Ana,Person\(index)")
    }
    return try fixture.write(rows.joined(separator: "\n") + "\n", to: "export/Contact.csv")
  }

  @Test("a long import reports its progress and finishes the bar")
  func longImportReports() throws {
    let fixture = try SessionFixture()
    try fixture.run("plan new P")
    let file = try export(contacts: 999, in: fixture)
    let sink = RecordedProgress()
    fixture.session.progressSink = sink

    try fixture.run("import salesforce \((file as NSString).deletingLastPathComponent)")

    #expect(sink.updates.first.map { $0.0 } == "importing")
    #expect(sink.updates.map { $0.1 } == [200, 400, 600, 800, 1_000])
    #expect(sink.updates.allSatisfy { $0.2 == 1_000 })
    #expect(sink.finished == 1)
  }

  @Test("short work and sessions without a sink show no progress")
  func shortWorkIsQuiet() throws {
    let fixture = try SessionFixture()
    try fixture.run("plan new P")
    let file = try export(contacts: 50, in: fixture)
    let sink = RecordedProgress()
    fixture.session.progressSink = sink
    try fixture.run("import salesforce \((file as NSString).deletingLastPathComponent)")
    #expect(sink.updates.isEmpty && sink.finished == 0)
  }
}
