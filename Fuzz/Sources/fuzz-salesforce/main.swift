import Foundation
import FuzzSupport
import PlanCommands

/// A data plan that imports one records file as every object type plansh knows.
let dataPlan = """
  [{"sobject": "Account", "files": ["records.json"]},
   {"sobject": "Contact", "files": ["records.json"]},
   {"sobject": "Opportunity", "files": ["records.json"]},
   {"sobject": "Product2", "files": ["records.json"]}]
  """

/// The target: the input as a Salesforce export, imported into the sample plan with
/// `import salesforce` (its writes undone). A JSON object is a records file (imported
/// through a data plan naming it), a JSON array is a data plan, anything else is a CSV.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSalesforce(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = FuzzInput.text(bytes, count)
  let start = text.unicodeScalars.first { !$0.properties.isWhitespace }
  let path: String
  switch start {
  case "{":
    _ = FuzzInput.file("records.json", bytes, count)
    path = FuzzInput.file("plan.json", text: dataPlan)
  case "[": path = FuzzInput.file("plan.json", bytes, count)
  default: path = FuzzInput.file("export.csv", bytes, count)
  }
  FuzzSession.shared.undoing { session in
    try? session.execute("import salesforce '\(path)'")
  }
  return 0
}

exit(FuzzDriver.run(fuzzSalesforce))
