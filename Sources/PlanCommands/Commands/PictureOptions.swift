import PlanStore

/// The `--svg FILE` and `--dot FILE` options of the map commands, and writing the files.
enum PictureOptions {
  static let svg = OptionSpec(
    "svg", value: "FILE", help: "draw the map as an SVG picture in FILE (readable by you only)",
    completion: .files)

  static let dot = OptionSpec(
    "dot", value: "FILE", help: "write the map as a Graphviz DOT graph to FILE",
    completion: .files)

  /// Writes the pictures the call asks for; nil when it asks for none, so the command
  /// prints its map as text instead.
  static func write(
    _ call: Invocation, map: String, svg: () -> String, dot: (() -> String)? = nil
  ) throws -> CommandOutput? {
    var written: [String] = []
    if let path = call.option("svg") {
      try call.writeFile(svg(), to: path)
      written.append(path)
    }
    if let path = call.option("dot"), let dot {
      try call.writeFile(dot(), to: path)
      written.append(path)
    }
    if written.isEmpty { return nil }
    return .message("drew the \(map) in " + written.joined(separator: " and "))
  }

  /// The snapshot position of the account the `--account` option names, if any.
  static func accountPosition(_ call: Invocation, planID: Int64) throws -> Int? {
    guard let name = call.option("account") else { return nil }
    let account = try call.store.account(named: name, planID: planID)
    return try call.store.accounts(planID: planID).map(\.id).sorted().firstIndex(of: account.id)
  }
}
