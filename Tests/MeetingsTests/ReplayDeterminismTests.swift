import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Replays are deterministic")
struct ReplayDeterminismTests {
  private static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("transcripts")
    .path

  /// Replays both sample transcripts into a fresh store; returns every row of every table.
  private func rebuild(in fixture: MeetingFixture) throws -> [String: [[SQLValue]]] {
    for name in ["sample-plan", "sample-meeting"] {
      try fixture.session.execute("replay '\(Self.samples)/\(name).transcript'")
    }
    return try fixture.snapshot()
  }

  @Test("the same transcripts replayed into two fresh stores give the same rows, every table")
  func sameTranscriptSameStore() throws {
    let first = try MeetingFixture()
    let second = try MeetingFixture()
    defer {
      first.cleanUp()
      second.cleanUp()
    }
    second.clock.advance(seconds: 400 * 86_400)

    let rowsFirst = try rebuild(in: first)
    let rowsSecond = try rebuild(in: second)

    #expect(rowsFirst == rowsSecond)
    #expect((rowsFirst["feedback"]?.count ?? 0) == 10)
    #expect((rowsFirst["plan"]?.count ?? 0) == 1)
  }
}
