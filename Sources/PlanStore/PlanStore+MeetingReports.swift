/// What a meeting did beyond what it captured: the actions closed while it ran.
extension PlanStore {
  /// Actions of the meeting's plan marked done between its start and its end (or now).
  public func actionsClosed(during meeting: Meeting) throws(StoreError) -> [Action] {
    try actions(planID: meeting.planID, filter: ActionFilter(status: "done")).filter { action in
      guard let doneAt = action.doneAt else { return false }
      return doneAt >= meeting.startedAt && doneAt <= (meeting.endedAt ?? timestamp)
    }
  }
}
