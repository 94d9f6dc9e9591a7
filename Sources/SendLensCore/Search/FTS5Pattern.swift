/// Turns a parsed query into an FTS5 MATCH pattern. Every word the user typed reaches FTS5 inside
/// double quotes (with quotes doubled), so no user text is ever read as FTS5 syntax.
///
///     FTS5Pattern.make(.not(.term("wait", prefix: false), excluding: .term("private", prefix: false)), glossary: nil)
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

    /// The most NEAR groups one NEAR becomes when its words have other forms (each choice of a
    /// form for every word is a group of its own, since FTS5's NEAR takes only phrases).
    static let maximumNearGroups = 64

    /// The pattern for a query; `glossary` nil matches words only as typed.
    static func make(_ node: QueryNode, glossary: Glossary?) -> String {
        switch node {
        case .term, .phrase:
            let forms = node.forms(expanding: glossary).map(phrase)
            return forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " OR ") + ")"
        case .near(let items, let distance):
            // NEAR(EHCP delays, 12) is NEAR("ehcp" "delays", 12) OR NEAR("ehc plan" "delays", 12) OR …
            var groups: [[String]] = [[]]
            for item in items {
                let forms = item.forms(expanding: glossary).map(phrase)
                if groups.count * forms.count > maximumNearGroups { return make(node, glossary: nil) }
                groups = groups.flatMap { group in forms.map { group + [$0] } }
            }
            let nears = groups.map { "NEAR(\($0.joined(separator: " ")), \(distance))" }
            return nears.count == 1 ? nears[0] : "(" + nears.joined(separator: " OR ") + ")"
        case .and(let nodes):
            return "(" + nodes.map { make($0, glossary: glossary) }.joined(separator: " AND ") + ")"
        case .or(let nodes):
            return "(" + nodes.map { make($0, glossary: glossary) }.joined(separator: " OR ") + ")"
        case .not(let wanted, let excluded):
            return "(" + make(wanted, glossary: glossary) + " NOT " + make(excluded, glossary: glossary) + ")"
        }
    }

    private static func phrase(_ form: (words: [String], prefix: Bool)) -> String {
        quoted(form.words) + (form.prefix ? " *" : "")
    }

    static func quoted(_ words: [String]) -> String {
        "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
