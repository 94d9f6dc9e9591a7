import CEditLine
import Foundation

/// Reads lines through libedit on a terminal: emacs keys, history kept across runs (Up/Down,
/// Ctrl-R), TAB completion, and Ctrl-C that clears the line instead of ending the program.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let historyPath: String?
    private let complete: (String) -> Completion
    /// Set when saving the history first fails; said once.
    private var warning: String?
    private var historyFailed = false

    /// Sets the locale (UTF-8 even when LANG is unset) and the Ctrl-C handler, then opens libedit.
    /// Returns nil when libedit cannot start on this terminal.
    public init?(historyPath: String?, complete: @escaping (String) -> Completion) {
        sl_ensure_utf8_locale()
        sl_install_interrupt_handler()
        guard let editor = sl_editor_open("sendlens", 1000) else { return nil }
        self.editor = editor
        self.historyPath = historyPath
        self.complete = complete
        if let historyPath { _ = sl_editor_history_load(editor, historyPath) }
        sl_editor_set_completer(editor, { context, before, wordStart in
            guard let context, let before, let wordStart else { return nil }
            let reader = Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
            let text = String(cString: before)
            let completion = reader.complete(text)
            guard !completion.candidates.isEmpty else { return nil }
            wordStart.pointee = Int32(text.utf8.count - completion.word.utf8.count)
            return strdup(completion.candidates.joined(separator: "\n"))
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        sl_editor_close(editor)
    }

    public func takeWarning() -> String? {
        defer { warning = nil }
        return warning
    }

    public func readLine(prompt: String) -> LineInput {
        sl_editor_set_prompt(editor, prompt)
        var outcome: Int32 = 0
        let line = sl_editor_read(editor, &outcome)
        switch Int(outcome) {
        case Int(SL_READ_LINE):
            guard let line else { return .end }
            // The space TAB leaves after a completed word is not part of the command: history and
            // the journal keep the line without it.
            var text = String(cString: line)
            while let last = text.last, last == " " || last == "\t" { text.removeLast() }
            if !text.isEmpty {
                sl_editor_history_add(editor, text)
                if let historyPath, sl_editor_history_save(editor, historyPath) != 0, !historyFailed {
                    historyFailed = true
                    warning = "the history of typed commands cannot be saved to \(historyPath); Up and Ctrl-R work "
                        + "for this session only (the journal is kept apart)"
                }
            }
            return .line(text)
        case Int(SL_READ_INTERRUPTED):
            return .interrupted
        default:
            return .end
        }
    }
}

/// The candidates for the word before the cursor: `word` is that word as typed, which every
/// candidate replaces.
public struct Completion: Equatable, Sendable {
    public var word: String
    public var candidates: [String]

    public init(word: String, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }
}
