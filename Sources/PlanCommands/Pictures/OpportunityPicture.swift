import PlanStore

/// The opportunity map as a picture: a colour grid of accounts (rows, nested up to three
/// levels) by solutions (columns, grouped in families). A cell shows its potential, open
/// and won value; an empty cell is white space, marked when its row or solution is
/// targeted. Row totals roll up divisions into their parents. Lost opportunities, and
/// opportunities on no account, are left out.
struct OpportunityPicture {
  /// Value by status in one cell or total.
  struct Sums: Equatable {
    var potential: Int64 = 0
    var open: Int64 = 0
    var won: Int64 = 0
    /// Which statuses have at least one opportunity, in the order potential, open, won.
    var present: [Bool] = [false, false, false]

    var isEmpty: Bool { !present.contains(true) }

    /// Adds an opportunity; lost ones count nowhere.
    mutating func add(_ opportunity: PlanSnapshot.Opportunity) {
      switch opportunity.status {
      case "potential":
        potential += opportunity.amountMinor
        present[0] = true
      case "open":
        open += opportunity.amountMinor
        present[1] = true
      case "won":
        won += opportunity.amountMinor
        present[2] = true
      default: break
      }
    }

    /// Adds the sums of another cell.
    mutating func add(_ other: Sums) {
      potential += other.potential
      open += other.open
      won += other.won
      present = zip(present, other.present).map { $0 || $1 }
    }
  }

  let snapshot: PlanSnapshot
  /// Account positions in map order, each with how deep it is nested (0 at the top).
  let rows: [(account: Int, depth: Int)]
  /// Solution positions in map order; nil is the "(no solution)" column.
  let columns: [Int?]
  /// Cell sums by row account and column.
  let cells: [Int: [Int?: Sums]]
  /// The divisions directly below each account.
  let children: [Int: [Int]]

  static let margin = 32.0
  static let header = 94.0
  static let rowHeader = 260.0
  static let cell = (width: 136.0, height: 60.0)
  static let totalWidth = 150.0
  static let heading = (family: 26.0, solution: 50.0)

  /// The map of the whole plan in `snapshot`.
  init(snapshot: PlanSnapshot) {
    self.snapshot = snapshot
    rows = Self.orderedRows(snapshot.accounts)
    let live = snapshot.opportunities.filter { $0.status != "lost" && $0.account != nil }
    let solutions = snapshot.solutions.indices.sorted { left, right in
      let a = snapshot.solutions[left]
      let b = snapshot.solutions[right]
      return (a.family.lowercased(), a.name.lowercased(), left)
        < (b.family.lowercased(), b.name.lowercased(), right)
    }
    columns = solutions.map { Optional($0) } + (live.contains { $0.solution == nil } ? [nil] : [])
    var cells: [Int: [Int?: Sums]] = [:]
    for opportunity in live {
      guard let account = opportunity.account else { continue }
      cells[account, default: [:]][opportunity.solution, default: Sums()].add(opportunity)
    }
    self.cells = cells
    children = Dictionary(
      grouping: snapshot.accounts.indices.filter {
        snapshot.accounts[$0].parent != nil
      }
    ) { snapshot.accounts[$0].parent ?? 0 }
  }

  /// Accounts with their divisions under them, siblings by name, three levels at most.
  static func orderedRows(_ accounts: [PlanSnapshot.Account]) -> [(account: Int, depth: Int)] {
    let sorted = accounts.indices.sorted {
      (accounts[$0].name.lowercased(), $0) < (accounts[$1].name.lowercased(), $1)
    }
    var result: [(Int, Int)] = []
    var seen: Set<Int> = []
    /// Adds the rows under `parent`, each before its divisions.
    func visit(_ parent: Int?, depth: Int) {
      for index in sorted where accounts[index].parent == parent && !seen.contains(index) {
        seen.insert(index)
        result.append((index, depth))
        if depth < 2 { visit(index, depth: depth + 1) }
      }
    }
    visit(nil, depth: 0)
    return result
  }

  /// The sums in the cell of `account` and `column`.
  func sums(_ account: Int, _ column: Int?) -> Sums { cells[account]?[column] ?? Sums() }

  /// The row's own sums plus those of every division below it.
  func rolledUp(_ account: Int) -> Sums {
    var total = Sums()
    for (_, sums) in cells[account] ?? [:] { total.add(sums) }
    for child in children[account] ?? [] { total.add(rolledUp(child)) }
    return total
  }

  /// The sums of a column over every row.
  func columnTotal(_ column: Int?) -> Sums {
    var total = Sums()
    for row in rows { total.add(sums(row.account, column)) }
    return total
  }

  /// How many of a cell's row and solution are targeted: 0, 1 or 2.
  func targeting(_ account: Int, _ column: Int?) -> Int {
    (snapshot.accounts[account].targeted ? 1 : 0)
      + (column.map { snapshot.solutions[$0].targeted } ?? false ? 1 : 0)
  }

  /// The families over the columns, each with how many columns it spans.
  var families: [(name: String, span: Int)] {
    var result: [(String, Int)] = []
    for column in columns {
      let family = column.map { snapshot.solutions[$0].family } ?? ""
      if let last = result.last, last.0 == family {
        result[result.count - 1].1 += 1
      } else {
        result.append((family, 1))
      }
    }
    return result
  }

  /// The picture's width and the top of its legend.
  var size: (width: Double, gridBottom: Double) {
    let width =
      Self.margin * 2 + Self.rowHeader + Double(columns.count) * Self.cell.width
      + Self.totalWidth
    let top = Self.header + Self.heading.family + Self.heading.solution
    return (max(width, 760), top + Double(rows.count + 1) * Self.cell.height + 24)
  }
}
