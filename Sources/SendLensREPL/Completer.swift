import Foundation
import SendLensCore

/// What TAB offers at the cursor: command names first, then each command's options, document
/// names, file paths or document kinds, according to what the command takes.
struct Completer {
    let shell: Shell

    func complete(_ before: String) -> Completion {
        let (words, current, raw) = Self.words(before)
        guard let commandName = words.first else {
            return Completion(word: current, candidates: matching(Commands.all.map(\.name), current))
        }
        guard let spec = Commands.named(commandName) else { return Completion(word: current, candidates: []) }
        if current.hasPrefix("--") || (current.hasPrefix("-") && !spec.takesQuery) {
            return Completion(word: current, candidates: matching(spec.options.map(\.name), current))
        }
        if let previous = words.last, words.count > 1 {
            if let option = spec.options.first(where: { $0.name == previous }), option.value != nil {
                return Completion(word: current, candidates: [])
            }
            if spec.name == "load", previous.lowercased() == "as" {
                return Completion(word: current, candidates: matching(DocumentKind.allCases.map(\.rawValue), current))
            }
        }
        switch spec.completes {
        case .none:
            return Completion(word: current, candidates: [])
        case .commands:
            return Completion(word: current, candidates: words.count == 1 ? matching(Commands.all.map(\.name), current) : [])
        case .documents:
            return Completion(word: current, candidates: words.count == 1 ? matching(shell.corpus.documents.map(\.name), current) : [])
        case .paths:
            // A name with a space is offered in quotes, so the line works as completed; a
            // folder's quote stays open for the name inside it.
            let found = Self.paths(matching: current)
            let quoted = raw.hasPrefix("\"") || raw.hasPrefix("'")
            return Completion(word: raw, candidates: found.map { path in
                guard quoted || path.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" }) else { return path }
                return "\"" + path.replacingOccurrences(of: "\"", with: "\\\"") + (path.hasSuffix("/") ? "" : "\"")
            })
        case .questions:
            // Survey questions are long and have spaces: offered whole, in quotes.
            let names = shell.corpus.documents.compactMap(\.survey).flatMap { survey in survey.setAnswerQuestions.map { survey.columns[$0].name } }
            let found = names.filter { $0.lowercased().hasPrefix(current.lowercased()) || (!current.isEmpty && $0.lowercased().contains(current.lowercased())) }
            return Completion(word: raw, candidates: found.map { $0.contains(" ") ? "\"\($0)\"" : $0 })
        case .glossary:
            return Completion(word: current, candidates: words.count == 1 ? matching(shell.library.glossary.entries.map(\.term), current) : [])
        case .words:
            // Documents after in:, -in: or a closing "in"; kinds after kind:.
            for filter in ["in:", "-in:", "kind:", "-kind:"] where current.lowercased().hasPrefix(filter) {
                let names = filter.hasSuffix("in:") ? shell.corpus.documents.map(\.name) : DocumentKind.allCases.map(\.rawValue)
                return Completion(word: current, candidates: matching(names.map { filter + $0 }, current))
            }
            var position = words.count - 1
            while position > 1, shell.corpus.document(named: words[position]) != nil { position -= 1 }
            if position >= 1, words[position].lowercased() == "in", spec.clauses.contains(where: { $0.keyword == "in" }) {
                // ("children in ca" may be the words "in care": words are offered when no name fits.)
                let names = matching(shell.corpus.documents.map(\.name).filter { !words.contains($0) }, current)
                if !names.isEmpty { return Completion(word: current, candidates: names) }
            }
            let bare = current.drop(while: { $0 == "-" || $0 == "(" })
            let lead = String(current.prefix(current.count - bare.count))
            let found = shell.library.words(startingWith: String(bare))
            return Completion(word: current, candidates: found.map { lead + $0 })
        }
    }

    private func matching(_ names: [String], _ prefix: String) -> [String] {
        names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }.sorted()
    }

    /// The finished words before the cursor, the word being typed (empty after a space) without its
    /// quotes, and that word as typed, quotes and all.
    static func words(_ before: String) -> (words: [String], current: String, raw: String) {
        var words: [String] = []
        var current = ""
        var raw = ""
        var quote: Character?
        for character in before {
            if let open = quote {
                raw.append(character)
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                raw.append(character)
            } else if character == " " || character == "\t" {
                if !current.isEmpty { words.append(current) }
                current = ""
                raw = ""
            } else {
                current.append(character)
                raw.append(character)
            }
        }
        return (words, current, raw)
    }

    /// Files and folders whose path starts with `prefix`; folders end in "/" so TAB can go on into them.
    static func paths(matching prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folder = slash.map { String(prefix[...$0]) } ?? ""
        let stem = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let expanded = folder.hasPrefix("~/") ? NSHomeDirectory() + folder.dropFirst() : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: expanded.isEmpty ? "." : expanded) else { return [] }
        return names.filter { $0.hasPrefix(stem) && (!$0.hasPrefix(".") || stem.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (expanded.isEmpty ? "" : expanded) + name, isDirectory: &isFolder)
            return folder + name + (isFolder.boolValue ? "/" : "")
        }
    }
}
