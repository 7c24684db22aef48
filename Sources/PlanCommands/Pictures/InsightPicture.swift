import PlanStore

/// The insight map as a picture: per account, five rows of cards (goals, pressures,
/// initiatives, obstacles, our solutions), each card with who it concerns, who told us
/// and whether it is confirmed or done, and arrows for the links between cards.
struct InsightPicture {
  let snapshot: PlanSnapshot
  /// What the map is of: an account's name, or the plan's.
  let subject: String
  /// The maps drawn: an account position (nil for plan-level cards) and its cards.
  let sections: [(account: Int?, cards: [Int])]
  /// Where each card goes, by its position in `snapshot.insights`.
  private(set) var frames: [Int: Frame] = [:]
  /// Each section's band per row: where it is drawn.
  private(set) var bands: [(section: Int, row: Int, frame: Frame)] = []
  private(set) var titles: [(text: String, y: Double)] = []
  private(set) var size = (width: 0.0, height: 0.0)

  /// The five rows, with their colour, tint, title, what they hold, and the word for done.
  static let rows:
    [(
      kind: String, colour: String, tint: String, title: String, hint: String,
      done: String
    )] = [
      ("goal", "#1c64f2", "#edf3fe", "Goals", "what they want", "achieved"),
      ("pressure", "#d9480f", "#fff1e8", "Pressures", "what pushes them", "resolved"),
      (
        "initiative", "#7048e8", "#f3effd", "Initiatives", "how they plan to get it",
        "completed"
      ),
      ("obstacle", "#b7791f", "#fdf7e7", "Obstacles", "what stands in the way", "overcome"),
      ("solution", "#2b8a3e", "#ecf7ef", "Our solutions", "what we bring", "implemented"),
    ]

  static let card = (width: 224.0, height: 118.0)
  static let gap = 16.0
  static let label = 150.0
  static let margin = 32.0
  static let header = 78.0

  /// The map of account `account` (a position in `snapshot.accounts`), or of every
  /// account with cards when nil.
  init(snapshot: PlanSnapshot, account: Int?) {
    self.snapshot = snapshot
    subject = account.map { snapshot.accounts[$0].name } ?? snapshot.plan.name
    var sections: [(account: Int?, cards: [Int])] = []
    if let account {
      sections = [
        (
          account,
          snapshot.insights.indices.filter {
            snapshot.insights[$0].account == account
          }
        )
      ]
    } else {
      for (index, card) in snapshot.insights.enumerated() {
        if let at = sections.firstIndex(where: { $0.account == card.account }) {
          sections[at].cards.append(index)
        } else {
          sections.append((card.account, [index]))
        }
      }
    }
    self.sections = sections.isEmpty ? [(account, [])] : sections
    layOut()
  }

  /// Cards per line of a band: enough for the fullest row, from three to five.
  private var perLine: Int {
    let fullest =
      sections.flatMap { section in
        Self.rows.map { row in section.cards.filter { snapshot.insights[$0].row == row.kind }.count
        }
      }.max() ?? 0
    return min(5, max(3, fullest))
  }

  private mutating func layOut() {
    let columns = perLine
    let bandWidth = Self.label + Double(columns) * (Self.card.width + Self.gap) + Self.gap
    var y = Self.header
    for (number, section) in sections.enumerated() {
      titles.append((sectionTitle(section.account), y + 18))
      y += 32
      for (rowIndex, row) in Self.rows.enumerated() {
        let cards = section.cards.filter { snapshot.insights[$0].row == row.kind }
        let lines = (cards.count + columns - 1) / columns
        let height = lines == 0 ? 60 : Double(lines) * (Self.card.height + Self.gap) + Self.gap
        bands.append(
          (
            number, rowIndex,
            Frame(x: Self.margin, y: y, width: bandWidth, height: height)
          ))
        for (offset, card) in cards.enumerated() {
          frames[card] = Frame(
            x: Self.margin + Self.label + Self.gap
              + Double(offset % columns) * (Self.card.width + Self.gap),
            y: y + Self.gap + Double(offset / columns) * (Self.card.height + Self.gap),
            width: Self.card.width, height: Self.card.height)
        }
        y += height + 8
      }
      y += 24
    }
    size = (bandWidth + 2 * Self.margin, y)
  }

  private func sectionTitle(_ account: Int?) -> String {
    guard let account else { return "Plan level (no account)" }
    let row = snapshot.accounts[account]
    return row.kind == "account" ? row.name : "\(row.name) (\(row.kind))"
  }
}
