/// Turns a parsed query into an FTS5 MATCH pattern. Every word the user typed reaches FTS5 inside
/// double quotes (with quotes doubled), so no user text is ever read as FTS5 syntax.
///
///     FTS5Pattern.make(.not(.term("wait", prefix: false), excluding: .term("private", prefix: false)), expand: false)
///     // ("wait" NOT "private")
enum FTS5Pattern {
    /// The deepest nesting of groups in a pattern that FTS5's parser follows safely.
    static let maximumDepth = 24

    /// How deeply a pattern's brackets nest, outside quoted words.
    static func depth(of pattern: String) -> Int {
        var (depth, deepest, quoted) = (0, 0, false)
        for character in pattern {
            switch character {
            case "\"": quoted.toggle()
            case "(" where !quoted:
                depth += 1
                deepest = max(deepest, depth)
            case ")" where !quoted: depth -= 1
            default: break
            }
        }
        return deepest
    }

    static func make(_ node: QueryNode, expand: Bool) -> String {
        switch node {
        case .term, .phrase:
            let forms = node.forms(expanding: expand).map { quoted($0.words) + ($0.prefix ? " *" : "") }
            return forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " OR ") + ")"
        case .near(let items, let distance):
            let phrases = items.map { make($0, expand: false) }
            return "NEAR(\(phrases.joined(separator: " ")), \(distance))"
        case .and(let nodes):
            return "(" + nodes.map { make($0, expand: expand) }.joined(separator: " AND ") + ")"
        case .or(let nodes):
            return "(" + nodes.map { make($0, expand: expand) }.joined(separator: " OR ") + ")"
        case .not(let wanted, let excluded):
            return "(" + make(wanted, expand: expand) + " NOT " + make(excluded, expand: expand) + ")"
        }
    }

    static func quoted(_ words: [String]) -> String {
        "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
