import Foundation

/// A `key: value` block between two `---` lines at the very top of a document.
///
///     FrontMatter.split("---\ntitle: Report\n---\nBody").fields   // ["title": "Report"]
struct FrontMatter: Equatable {
    var fields: [String: String] = [:]
    /// Keys in the order written, for warnings about ones SEND Lens does not know.
    var keys: [String] = []
    var body: String
    var unclosed = false

    static let knownKeys = Set(DocumentLoader.frontMatterKeys)

    static func split(_ text: String) -> FrontMatter {
        // Only the opening lines are looked at: a document of any length costs the same here.
        guard text.hasPrefix("---") else { return FrontMatter(body: text) }
        var lines: [Substring] = []
        var rest = text[...]
        var closed = false
        var first = true
        while let newline = rest.firstIndex(of: "\n") {
            let line = rest[..<newline]
            rest = rest[rest.index(after: newline)...]
            if first {
                first = false
                guard line.trimmingWhitespace() == "---" else { return FrontMatter(body: text) }
                continue
            }
            if line.trimmingWhitespace() == "---" {
                closed = true
                break
            }
            lines.append(line)
        }
        if !closed, !first, rest.trimmingWhitespace() == "---" {
            closed = true
            rest = ""
        }
        guard closed else { return FrontMatter(body: text, unclosed: !first) }
        var matter = FrontMatter(body: String(rest))
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty else { continue }
            if matter.fields[key] == nil { matter.keys.append(key) }
            matter.fields[key] = value
        }
        return matter
    }
}
