import Foundation
import PlanCommands
import PlanStore

/// The shipped sample plan (samples/northwind.plansh, the inputs of
/// transcripts/sample-plan.transcript), built in a fixture's session.
enum SamplePlan {
  /// The sample script's path.
  static var script: String {
    RealData.packageRoot.appendingPathComponent("samples/northwind.plansh").path
  }

  /// Builds the sample plan in `fixture`, with a meeting, feedback and a done action
  /// added through the store so that every area of the plan holds something.
  /// The store's clock is held at the sample's recorded time, so dates in pictures and
  /// exports are the same whenever the tests run.
  static func build(in fixture: SessionFixture) throws {
    fixture.store.clock = { Date(timeIntervalSince1970: 1_796_401_784) }  // 2026-12-04
    try fixture.run("source " + Quoting.quote(script))
    let planID = try fixture.planID()
    let store = fixture.store
    let meeting = try store.startMeeting(
      planID: planID, agenda: "test-and-improve", facilitator: "Kim Park",
      participants: "Sam Reyes, Ana Lima",
      steps: [("Plan overview", "overview", 600), ("Test for gaps", "gaps", 1200)],
      transcript: "transcripts/northwind.transcript")
    try store.enterStep(meetingID: meeting.id, position: 0)
    try store.addFeedback(
      planID: planID, text: "Warehousing has no contact", kind: "gap", area: "relationships",
      speaker: "Ana Lima", meetingID: meeting.id,
      accountID: try store.account(named: "Northwind Warehousing", planID: planID).id)
    try store.addAction(
      planID: planID, name: "Find the warehousing CFO", owner: "Ana Lima", dueOn: "2027-02-01",
      meetingID: meeting.id, area: "relationships")
    try fixture.run("action done 'Run the re-plan workshop'")
    try store.endMeeting(id: meeting.id)
    try fixture.run(
      "details answer research.goals --account 'Northwind Air' "
        + "--rating favourable --text 'Two new hubs'")
  }
}
