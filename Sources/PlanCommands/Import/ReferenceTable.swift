/// Reference ids of imported records → their rows in the store, kept compact: an import of
/// a hundred thousand contacts holds every contact's id, and a `[String: Int64]` costs
/// three times the memory (a heap string per 18-character Salesforce id, and a table
/// doubled while it grows).
///
/// Keys sit end to end in one byte buffer; an open-addressed table of entry numbers finds
/// them by hash.
struct ReferenceTable {
  private struct Entry {
    let start: UInt32
    let length: UInt32
    var id: Int64
  }

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []
  /// Entry number + 1 per slot; 0 is an empty slot. Never more than half full.
  private var slots = [UInt32](repeating: 0, count: 64)

  var count: Int { entries.count }

  subscript(key: String) -> Int64? {
    get {
      let (_, found) = find(key)
      return found.map { entries[$0].id }
    }
    set {
      guard let newValue else { return }
      let (slot, found) = find(key)
      if let found {
        entries[found].id = newValue
        return
      }
      let start = UInt32(bytes.count)
      bytes.append(contentsOf: key.utf8)
      entries.append(Entry(start: start, length: UInt32(key.utf8.count), id: newValue))
      slots[slot] = UInt32(entries.count)
      if entries.count * 2 > slots.count { grow() }
    }
  }

  /// The slot holding `key`, with its entry number, or the empty slot where it would go.
  private func find(_ key: String) -> (slot: Int, entry: Int?) {
    let mask = slots.count - 1
    var utf8 = key
    var slot = utf8.withUTF8 { Self.hash(UnsafeRawBufferPointer($0)) } & mask
    while slots[slot] != 0 {
      let entry = Int(slots[slot] - 1)
      if matches(entries[entry], key) { return (slot, entry) }
      slot = (slot + 1) & mask
    }
    return (slot, nil)
  }

  private func matches(_ entry: Entry, _ key: String) -> Bool {
    guard Int(entry.length) == key.utf8.count else { return false }
    return key.utf8.elementsEqual(bytes[Int(entry.start)..<Int(entry.start + entry.length)])
  }

  private mutating func grow() {
    slots = [UInt32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (number, entry) in entries.enumerated() {
      let range = Int(entry.start)..<Int(entry.start + entry.length)
      var slot = bytes.withUnsafeBytes { Self.hash(.init(rebasing: $0[range])) } & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = UInt32(number + 1)
    }
  }

  /// Swift's hasher, seeded per process, so no file can be made to collide on purpose.
  private static func hash(_ key: UnsafeRawBufferPointer) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes: key)
    return hasher.finalize()
  }
}
