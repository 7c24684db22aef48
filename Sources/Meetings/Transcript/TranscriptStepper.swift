import PlanCommands

/// Shows a transcript again, step by step, changing nothing: `replay FILE --step`.
struct TranscriptStepper {
  let transcript: Transcript
  let session: Session

  func run() {
    let header = transcript.header
    session.write(
      .text(
        "Transcript of '\(header["plan"] ?? "")', agenda "
          + "\(header["agenda"] ?? "-"), started \(header["started"] ?? "-")"
          + (header["participants"].map { $0.isEmpty ? "" : ", with \($0)" } ?? "")))
    for (_, record) in transcript.records {
      switch record {
      case .input(let text, let label, let time, let step):
        let place = step.map { " (step \($0))" } ?? ""
        session.write(.text("[\(time.dropFirst(11).prefix(8))]\(place) \(label)> \(text)"))
      case .output(let text):
        if text.hasPrefix("== Step") && session.input.isInteractive {
          if case .line(let answer) = session.input.readLine(
            Prompt(label: "step", text: "-- Enter for the next step, q to stop -- ")),
            answer.lowercased() == "q"
          {
            return
          }
        }
        session.write(.text(text))
      case .diagnostic(let text):
        session.write(.text(text))
      }
    }
  }
}
