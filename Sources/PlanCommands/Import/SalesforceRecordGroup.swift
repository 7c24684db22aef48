/// One object type's records in an export, read when the import comes to them, so a
/// Data Export file of any size is never held whole.
struct SalesforceRecordGroup {
  let type: String
  /// How many records there are (for a streamed file, its row count: an upper bound).
  let count: Int
  /// Calls its argument with each record, in file order.
  let forEach: ((SalesforceDataTree.Record) throws -> Void) throws -> Void

  /// Records already read.
  init(type: String, records: [SalesforceDataTree.Record]) {
    self.type = type
    count = records.count
    forEach = { body in try records.forEach(body) }
  }

  init(
    type: String, count: Int,
    forEach: @escaping ((SalesforceDataTree.Record) throws -> Void) throws -> Void
  ) {
    self.type = type
    self.count = count
    self.forEach = forEach
  }
}
