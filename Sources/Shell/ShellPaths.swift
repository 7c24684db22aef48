import Foundation

/// Where plansh keeps its files, following the XDG base directory layout.
struct ShellPaths {
  /// An environment variable's value. The process's own environment is read one variable
  /// at a time: copying all of it into a dictionary costs a one-shot command measurably.
  let environment: (String) -> String?

  init() {
    environment = Environment.value
  }

  init(environment: [String: String]) {
    self.environment = { environment[$0] }
  }

  private var home: String { environment("HOME") ?? NSHomeDirectory() }

  private func base(_ variable: String, _ fallback: String) -> String {
    if let value = environment(variable), value.hasPrefix("/") { return value }
    return (home as NSString).appendingPathComponent(fallback)
  }

  /// `--store`, else `$PLANSH_STORE`, else `$XDG_DATA_HOME/plansh/plans.sqlite`.
  func store(option: String?) -> String {
    if let option { return option }
    if let variable = environment("PLANSH_STORE"), !variable.isEmpty { return variable }
    return base("XDG_DATA_HOME", ".local/share") + "/plansh/plans.sqlite"
  }

  /// `$XDG_STATE_HOME/plansh/history`.
  var history: String { base("XDG_STATE_HOME", ".local/state") + "/plansh/history" }

  /// `$XDG_CONFIG_HOME/plansh/init.plansh`, run when an interactive shell starts.
  var startupFile: String { base("XDG_CONFIG_HOME", ".config") + "/plansh/init.plansh" }

  /// `--transcripts`, else `$PLANSH_TRANSCRIPTS`, else `transcripts/` beside the store.
  /// Made absolute, so that a meeting's record names its transcript from anywhere.
  func transcripts(option: String?, storePath: String) -> String {
    if let option { return Self.absolute(option) }
    if let variable = environment("PLANSH_TRANSCRIPTS"), !variable.isEmpty {
      return Self.absolute(variable)
    }
    let folder = (storePath as NSString).deletingLastPathComponent
    return Self.absolute(
      ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent("transcripts"))
  }

  /// `path` from the working directory (joined as text: `URL` costs a one-shot command
  /// a runtime type lookup it does not otherwise make).
  private static func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    guard let cwd = getcwd(nil, 0) else { return path }
    defer { free(cwd) }
    var folder = String(cString: cwd)
    var rest = Substring(path)
    while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
    if rest == "." { rest = "" }
    if !folder.hasSuffix("/") { folder += "/" }
    return rest.isEmpty ? String(folder.dropLast()) : folder + rest
  }

  /// Agenda folders: `$PLANSH_AGENDAS` (colon-separated), the user's own, then the
  /// shipped ones, found from the executable so that they work from any directory.
  var agendaFolders: [String] {
    var folders = (environment("PLANSH_AGENDAS") ?? "").split(separator: ":").map(String.init)
    folders.append(base("XDG_CONFIG_HOME", ".config") + "/plansh/agendas")
    if let shipped = shippedAgendas { folders.append(shipped) }
    return folders
  }

  /// The shipped `agendas/` folder: beside an installed `share/plansh`, or in the source
  /// tree the executable was built in (`.build/<triple>/<config>/plansh`).
  private var shippedAgendas: String? {
    guard
      let executable = try? FileManager.default.destinationOfSymbolicLink(
        atPath: "/proc/self/exe")
    else { return nil }
    var folder = (executable as NSString).deletingLastPathComponent
    let installed = ((folder as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent("share/plansh/agendas")
    if FileManager.default.fileExists(atPath: installed) { return installed }
    for _ in 0..<6 {
      let candidate = (folder as NSString).appendingPathComponent("agendas")
      if FileManager.default.fileExists(atPath: candidate + "/test-and-improve.agenda") {
        return candidate
      }
      folder = (folder as NSString).deletingLastPathComponent
    }
    return nil
  }
}
