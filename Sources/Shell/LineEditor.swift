import CEditLine
import Foundation
import PlanCommands

/// The terminal line editor (libedit): prompts, editing keys, history and Tab completion.
final class LineEditor: LineSource {
  private let editor: OpaquePointer
  private let historyPath: String?
  private let completer: Completer
  let isInteractive = true

  /// Opens libedit on the terminal; nil when it cannot start.
  init?(historyPath: String?, completer: Completer) {
    guard let editor = plansh_editor_open("plansh") else { return nil }
    self.editor = editor
    self.historyPath = historyPath
    self.completer = completer
    plansh_history_set_size(editor, 2_000)
    if let historyPath { _ = plansh_history_load(editor, historyPath) }
    let context = Unmanaged.passUnretained(completer).toOpaque()
    plansh_editor_set_completer(editor, completeTrampoline, context)
  }

  deinit { plansh_editor_close(editor) }

  func readLine(_ prompt: Prompt) -> InputEvent {
    plansh_editor_set_prompt(editor, prompt.text)
    var length: Int32 = 0
    guard let pointer = plansh_editor_read(editor, &length) else {
      if plansh_take_interrupt() != 0 {
        Terminal.write("^C\n")
        return .interrupt
      }
      return .end
    }
    let bytes = UnsafeRawBufferPointer(start: pointer, count: Int(max(0, length)))
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return .line(text)
  }

  /// Adds `line` to history and saves the file at once, so a crash keeps it.
  func remember(_ line: String) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    plansh_history_add(editor, line)
    if let historyPath { _ = plansh_history_save(editor, historyPath) }
  }
}

/// Called by libedit on Tab; hands the line to the Swift completer.
private func completeTrampoline(
  context: UnsafeMutableRawPointer?, line: UnsafePointer<CChar>?,
  deleteCount: UnsafeMutablePointer<Int32>?,
  listing: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> UnsafeMutablePointer<CChar>? {
  guard let context, let line else { return nil }
  let completer = Unmanaged<Completer>.fromOpaque(context).takeUnretainedValue()
  let result = completer.complete(String(cString: line))
  deleteCount?.pointee = Int32(result.deleteCount)
  if let text = result.listing { listing?.pointee = strdup(text) }
  return result.insertion.map { strdup($0) }
}
