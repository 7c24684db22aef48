import Foundation
import PlanCommands
import PlanStore
import Testing

@testable import Meetings

@Suite("Transcript file names")
struct TranscriptNamingTests {
  @Test("a meeting started in the same second as an earlier one gets a transcript of its own")
  func sameSecondMeetingsGetTheirOwnTranscripts() throws {
    let fixture = try MeetingFixture()
    defer { fixture.cleanUp() }
    try fixture.makePlan()
    fixture.session.settings["transcripts"] = fixture.folder + "/transcripts"
    // No answers: the meeting pauses at once, and the clock does not move.
    try fixture.run("meet review", answers: [])
    try fixture.session.execute("meeting end 1")

    let second = try fixture.run("meet review", answers: [])

    #expect(second.printed.contains("Meeting 2 on 'Alpha 2027'"), "\(second.printed)")
    let names = fixture.transcripts().map { ($0 as NSString).lastPathComponent }
    #expect(
      names == [
        "alpha-2027-20261204150000-review-2.transcript",
        "alpha-2027-20261204150000-review.transcript",
      ])
  }

  @Test("plan and agenda names are slugged into a file name that stays in its folder")
  func namesAreSlugged() {
    #expect(TranscriptNaming.slug("../../x") == "x")
    #expect(TranscriptNaming.slug("Alpha/Beta\n2027") == "alpha-beta-2027")
    #expect(TranscriptNaming.slug("..") == "plan")
    #expect(TranscriptNaming.slug("Ünïcode ✓") == "n-code")
  }
}
