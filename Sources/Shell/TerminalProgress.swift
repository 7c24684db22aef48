import Foundation
import PlanCommands

/// A progress bar on standard error, redrawn in place: `importing  [#####.....]  512/1,024
/// about 3 s left`. Used only when standard error is a terminal.
final class TerminalProgress: ProgressSink {
  private let started = Date()
  private var shown = false

  func update(_ label: String, done: Int, total: Int) {
    let fraction = Double(done) / Double(max(1, total))
    let filled = min(30, max(0, Int(fraction * 30)))
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
    let elapsed = Date().timeIntervalSince(started)
    let left = fraction > 0 ? elapsed / fraction - elapsed : 0
    let estimate = done < total && elapsed > 0.5 ? "  about \(Int(left.rounded(.up))) s left" : ""
    Terminal.writeError("\r\u{1B}[K\(label)  [\(bar)]  \(done)/\(total)\(estimate)")
    shown = true
  }

  func finish() {
    if shown { Terminal.writeError("\r\u{1B}[K") }
    shown = false
  }
}
