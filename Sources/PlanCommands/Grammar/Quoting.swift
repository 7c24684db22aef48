import Foundation

/// Writes a word so that `LineSplitter` reads it back unchanged.
public enum Quoting {
  /// `word` as is when it is plain, else in single quotes (with `'\''` for a quote).
  public static func quote(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.allSatisfy { character in
        character.isLetter || character.isNumber || "-_./:@,+=%".contains(character)
      }
    if plain { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
