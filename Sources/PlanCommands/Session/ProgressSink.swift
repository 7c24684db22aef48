/// Where long work (an import, a replay) reports how far it has got. The shell shows a
/// bar on a terminal; scripts and tests have none, and see nothing of it.
public protocol ProgressSink: AnyObject {
  /// `done` of `total` items of `label` are finished.
  func update(_ label: String, done: Int, total: Int)
  /// The work is over: clear the bar.
  func finish()
}

extension Session {
  /// Reports progress to the session's sink, if it has one, every `every` items.
  public func progress(_ label: String, done: Int, total: Int, every: Int = 200) {
    guard let sink = progressSink, total > every, done % every == 0 || done == total else {
      return
    }
    sink.update(label, done: done, total: total)
    if done == total { sink.finish() }
  }
}
