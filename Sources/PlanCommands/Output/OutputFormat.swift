/// How listings are written: a table for people, or JSON, CSV or Markdown for tools.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, csv, markdown

  /// The names `--format` accepts.
  public static var names: [String] { allCases.map(\.rawValue) }
}
