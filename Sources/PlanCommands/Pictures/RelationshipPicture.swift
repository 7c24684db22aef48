import PlanStore

/// The relationship map as a picture: contacts as cards in their reporting tree, coloured
/// by support, key players marked, with lines of influence and conflict.
///
/// The map of an account holds the contacts of that account and of its divisions; with
/// no account it holds every contact of the plan.
struct RelationshipPicture {
  let snapshot: PlanSnapshot
  /// What the map is of: an account's name, or the plan's.
  let subject: String
  /// Positions (in `snapshot.contacts`) of the contacts on the map.
  let members: [Int]
  /// Whether the map holds contacts of more than one account, so cards name theirs.
  let spansAccounts: Bool
  /// The team's relationship levels, by contact position.
  let levels: [Int: [PlanSnapshot.Relationship]]
  /// Where each member's card goes.
  private(set) var frames: [Int: Frame] = [:]
  /// Managers above their reports: (manager, report) positions.
  private(set) var reporting: [(Int, Int)] = []
  private(set) var size = (width: 0.0, height: 0.0)

  static let card = (width: 236.0, height: 104.0)
  static let gap = (across: 24.0, down: 56.0)
  static let margin = 32.0
  static let header = 78.0
  static let maxWidth = 1600.0

  /// The map of account `account` (a position in `snapshot.accounts`), or of the plan.
  init(snapshot: PlanSnapshot, account: Int?) {
    self.snapshot = snapshot
    let accounts = account.map { Self.withDivisions($0, in: snapshot.accounts) }
    members = snapshot.contacts.indices.filter { index in
      accounts.map { set in snapshot.contacts[index].account.map(set.contains) ?? false } ?? true
    }
    subject = account.map { snapshot.accounts[$0].name } ?? snapshot.plan.name
    spansAccounts = Set(members.compactMap { snapshot.contacts[$0].account }).count > 1
    levels = Dictionary(grouping: snapshot.relationships, by: \.contact)
    layOut()
  }

  /// `account` and every account below it.
  static func withDivisions(_ account: Int, in accounts: [PlanSnapshot.Account]) -> Set<Int> {
    var found: Set<Int> = [account]
    var grew = true
    while grew {
      grew = false
      for (index, row) in accounts.enumerated() where !found.contains(index) {
        if let parent = row.parent, found.contains(parent) {
          found.insert(index)
          grew = true
        }
      }
    }
    return found
  }

  /// Reports of each manager on the map, in the map's order.
  private func reports() -> [Int: [Int]] {
    let onMap = Set(members)
    var reports: [Int: [Int]] = [:]
    for member in members {
      if let manager = snapshot.contacts[member].reportsTo, onMap.contains(manager),
        manager != member
      {
        reports[manager, default: []].append(member)
      }
    }
    return reports
  }

  /// Places each reporting tree left to right, starting a new band of trees when the
  /// picture would grow wider than `maxWidth`.
  private mutating func layOut() {
    let reports = reports()
    let onMap = Set(members)
    // Trees of one account stand together.
    var roots = members.filter { member in
      snapshot.contacts[member].reportsTo.map { !onMap.contains($0) || $0 == member } ?? true
    }.sorted {
      (snapshot.contacts[$0].account ?? .max, $0) < (snapshot.contacts[$1].account ?? .max, $1)
    }
    var placed: Set<Int> = []
    var x = Self.margin
    var y = Self.header
    var bandHeight = 0.0
    var widest = 0.0
    var next = 0
    while next < roots.count || placed.count < members.count {
      if next == roots.count, let stray = members.first(where: { !placed.contains($0) }) {
        roots.append(stray)  // a reporting loop in imported data has no root of its own
      }
      let root = roots[next]
      next += 1
      if placed.contains(root) { continue }
      var seen = placed
      let width = treeWidth(root, reports, &seen)
      if x > Self.margin && x + width > Self.maxWidth {
        x = Self.margin
        y += bandHeight + Self.gap.down
        bandHeight = 0
      }
      let depth = place(root, reports, left: x, top: y, &placed)
      bandHeight = max(
        bandHeight,
        Double(depth) * (Self.card.height + Self.gap.down)
          - Self.gap.down)
      x += width + Self.gap.across * 2
      widest = max(widest, x - Self.gap.across * 2)
    }
    size = (max(widest + Self.margin, 760), y + bandHeight + Self.margin)
  }

  /// The width of the tree under `contact`.
  private func treeWidth(_ contact: Int, _ reports: [Int: [Int]], _ seen: inout Set<Int>)
    -> Double
  {
    seen.insert(contact)
    let children = (reports[contact] ?? []).filter { !seen.contains($0) }
    var total = 0.0
    for child in children where !seen.contains(child) {
      total += treeWidth(child, reports, &seen) + Self.gap.across
    }
    return max(Self.card.width, total - Self.gap.across)
  }

  /// Places the tree under `contact` with its left edge at `left`; returns its depth.
  private mutating func place(
    _ contact: Int, _ reports: [Int: [Int]], left: Double, top: Double,
    _ placed: inout Set<Int>
  ) -> Int {
    placed.insert(contact)
    var seen = placed
    let width = treeWidth(contact, reports, &seen)
    let children = (reports[contact] ?? []).filter { !placed.contains($0) }
    var childLeft = left
    var spanned = 0.0
    for child in children {
      var probe = placed
      spanned += treeWidth(child, reports, &probe)
    }
    spanned += Self.gap.across * Double(max(0, children.count - 1))
    childLeft += max(0, (width - spanned) / 2)
    var depth = 1
    let childTop = top + Self.card.height + Self.gap.down
    for child in children where !placed.contains(child) {
      var probe = placed
      let childWidth = treeWidth(child, reports, &probe)
      depth = max(depth, 1 + place(child, reports, left: childLeft, top: childTop, &placed))
      reporting.append((contact, child))
      childLeft += childWidth + Self.gap.across
    }
    frames[contact] = Frame(
      x: left + (width - Self.card.width) / 2, y: top,
      width: Self.card.width, height: Self.card.height)
    return depth
  }
}
