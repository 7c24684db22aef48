/// Matches the words after a command's name against its arguments and options.
enum ArgumentParser {
  struct Parsed {
    var arguments: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []
  }

  /// Parses `words`; `endColumn` is where a missing argument or option is reported.
  static func parse(_ words: ArraySlice<Word>, for spec: CommandSpec, endColumn: Int)
    throws(CommandError) -> Parsed
  {
    var parsed = Parsed()
    var remaining = words[...]
    var onlyArguments = false
    while let word = remaining.popFirst() {
      if !onlyArguments && word.text == "--" {
        onlyArguments = true
      } else if !onlyArguments && word.text.hasPrefix("--") && word.text.count > 2 {
        try parseOption(word, spec: spec, remaining: &remaining, into: &parsed)
      } else {
        parsed.arguments.append(word.text)
        let accepts = spec.arguments.last?.repeats == true ? Int.max : spec.arguments.count
        if parsed.arguments.count > accepts {
          throw .at(column: word.column, .unexpectedArgument(word.text, usage: spec.usage))
        }
      }
    }
    try checkRequired(parsed, spec: spec, endColumn: endColumn)
    return parsed
  }

  private static func parseOption(
    _ word: Word, spec: CommandSpec, remaining: inout ArraySlice<Word>, into parsed: inout Parsed
  ) throws(CommandError) {
    let body = word.text.dropFirst(2)
    let name = String(body.prefix { $0 != "=" }).lowercased()
    let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
    guard let option = spec.options.first(where: { $0.name == name }) else {
      throw .at(column: word.column, .unknownOption("--\(name)", usage: spec.usage))
    }
    if option.isFlag {
      if inlineValue != nil {
        throw .at(
          column: word.column,
          .invalidValue(
            option: name, value: inlineValue ?? "",
            expected: "no value (it is a flag)"))
      }
      parsed.flags.insert(name)
      return
    }
    let value: Word
    if let inlineValue {
      value = Word(inlineValue, column: word.column + name.count + 3)
    } else if let next = remaining.popFirst() {
      value = next
    } else {
      throw .at(column: word.column, .missingValue(option: name))
    }
    try checkChoice(value, of: option)
    parsed.options[name] = value.text
  }

  /// An option with a fixed list of values takes one of them (ignoring case), so that a
  /// mistake is caught when the line is read, before anything runs.
  private static func checkChoice(_ value: Word, of option: OptionSpec) throws(CommandError) {
    // yes/no options also take true/false, on/off, y/n and 1/0.
    guard case .values(let allowed) = option.completion, allowed != ["yes", "no"] else { return }
    if allowed.contains(where: { $0.caseInsensitiveCompare(value.text) == .orderedSame }) {
      return
    }
    throw .at(
      column: value.column,
      .invalidValue(
        option: option.name, value: value.text,
        expected: "one of " + allowed.joined(separator: ", ")))
  }

  private static func checkRequired(_ parsed: Parsed, spec: CommandSpec, endColumn: Int)
    throws(CommandError)
  {
    let required = spec.arguments.filter(\.required).count
    if parsed.arguments.count < required {
      let missing = spec.arguments[parsed.arguments.count]
      throw .at(column: endColumn, .missingArgument(missing.name, usage: spec.usage))
    }
    for option in spec.options where option.required && parsed.options[option.name] == nil {
      throw .at(column: endColumn, .missingOption(option.name, usage: spec.usage))
    }
  }
}
