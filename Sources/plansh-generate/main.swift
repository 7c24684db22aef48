import Foundation
import PlanStore

// Generates the large plan, transcript and CSV the benchmark measures, from a fixed seed.
//   plansh-generate plan STORE        2,000 account rows, 200 solutions, 50,000 opportunities,
//                                     20,000 contacts, 5,000 objectives, 50,000 actions,
//                                     200 past meetings with feedback
//   plansh-generate script FILE       10,000 commands on that plan, to record and replay
//   plansh-generate csv FOLDER        a Salesforce Data Export of 2,000 accounts and
//                                     100,000 contacts (Account.csv, Contact.csv)

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let kind = arguments.first, let path = arguments.last else {
  FileHandle.standardError.write(Data("usage: plansh-generate plan|script|csv PATH\n".utf8))
  exit(2)
}
do {
  switch kind {
  case "plan":
    var plan = LargePlan(seed: 42)
    try plan.write(to: path)
  case "script":
    var script = LargeScript(seed: 7)
    try script.write(to: path)
  case "csv":
    var export = LargeContactExport(seed: 9)
    try export.write(to: path)
  default:
    FileHandle.standardError.write(Data("plansh-generate: unknown kind '\(kind)'\n".utf8))
    exit(2)
  }
} catch {
  FileHandle.standardError.write(Data("plansh-generate: \(error)\n".utf8))
  exit(1)
}
