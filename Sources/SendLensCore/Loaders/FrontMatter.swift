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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatter(body: text)
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            return FrontMatter(body: text, unclosed: true)
        }
        var matter = FrontMatter(body: lines[(close + 1)...].joined(separator: "\n"))
        for line in lines[..<close] {
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
