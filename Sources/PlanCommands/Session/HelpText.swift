import Foundation

/// The text `help` prints.
public enum HelpText {
  /// Every command, grouped by area.
  public static func overview(_ table: CommandTable) -> String {
    var lines = ["plansh commands, by area (help COMMAND for details):"]
    for area in table.areas {
      lines.append("")
      lines.append(area + ":")
      let specs = table.specs.filter { $0.area == area }
      let width = specs.map(\.name.count).max() ?? 0
      for spec in specs {
        lines.append(
          "  " + spec.name.padding(toLength: width, withPad: " ", startingAt: 0)
            + "  " + spec.summary)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Usage, options and an example for one command.
  public static func command(_ spec: CommandSpec) -> String {
    var lines = [spec.summary, "", "usage: " + spec.usage]
    if !spec.guide.isEmpty { lines += ["", spec.guide] }
    if !spec.options.isEmpty {
      lines.append("")
      lines.append("options:")
      let labels = spec.options.map { option in
        "--" + option.name + (option.valueName.map { " " + $0 } ?? "")
      }
      let width = labels.map(\.count).max() ?? 0
      for (label, option) in zip(labels, spec.options) {
        var help = option.help
        if case .values(let values) = option.completion {
          help += " (" + values.joined(separator: ", ") + ")"
        }
        lines.append(
          "  " + label.padding(toLength: width, withPad: " ", startingAt: 0)
            + "  " + help)
      }
    }
    if !spec.example.isEmpty {
      lines.append("")
      lines.append("example:")
      lines.append("  " + spec.example)
    }
    return lines.joined(separator: "\n")
  }

  /// Help for the command named by `words`, or the overview when `words` is empty.
  public static func lookup(_ words: [String], in table: CommandTable) throws(CommandError)
    -> String
  {
    if words.isEmpty { return overview(table) }
    if let spec = try? table.lookup(words).0 { return command(spec) }
    let noun = words[0].lowercased()
    let verbs = table.specs.filter { $0.path.first == noun }
    if verbs.isEmpty {
      throw .unknownCommand(
        words.joined(separator: " "),
        suggestion:
          table.nearest(to: words.joined(separator: " ")))
    }
    let width = verbs.map(\.name.count).max() ?? 0
    return verbs.map {
      $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary
    }.joined(separator: "\n")
  }
}
