/// Everything that can go wrong in the plan store, each with a message for the user.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  case cannotOpen(path: String, reason: String)
  case notAStore(path: String)
  case newerSchema(path: String, found: Int, supported: Int)
  case sqlite(code: Int32, message: String, sql: String)
  case notFound(kind: String, name: String)
  case ambiguous(kind: String, name: String, matches: [String])
  case duplicate(kind: String, name: String)
  case invalid(field: String, value: String, reason: String)
  case noCurrentPlan

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "cannot open store '\(path)': \(reason)"
    case .notAStore(let path):
      return "'\(path)' is not a plansh store (not a SQLite database)"
    case .newerSchema(let path, let found, let supported):
      return "store '\(path)' has schema version \(found), newer than this plansh "
        + "supports (\(supported)); upgrade plansh"
    case .sqlite(_, let message, _):
      return "store error: \(message)"
    case .notFound(let kind, let name):
      return "no \(kind) named '\(name)'"
    case .ambiguous(let kind, let name, let matches):
      return "'\(name)' matches several \(kind)s: \(matches.joined(separator: ", "))"
    case .duplicate(let kind, let name):
      return "\(kind) '\(name)' already exists"
    case .invalid(let field, let value, let reason):
      return "invalid \(field) '\(value)': \(reason)"
    case .noCurrentPlan:
      return "no current plan: choose one with 'plan use NAME' or create one with 'plan new NAME'"
    }
  }
}
