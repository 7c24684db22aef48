/// One word of a command line, with the column (1-based, in characters) where it starts.
public struct Word: Sendable, Equatable {
  public let text: String
  public let column: Int

  public init(_ text: String, column: Int) {
    self.text = text
    self.column = column
  }
}
