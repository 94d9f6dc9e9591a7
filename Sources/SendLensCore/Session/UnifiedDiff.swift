/// The lines that differ between what was recorded and what came out, as `diff -u` shows them,
/// with `context` unchanged lines around each change.
///
///     UnifiedDiff.lines(from: ["a", "b"], to: ["a", "c"])
///     // ["--- recorded", "+++ now", "@@ -1,2 +1,2 @@", " a", "-b", "+c"]
public enum UnifiedDiff {
    public static func lines(from old: [String], to new: [String], context: Int = 3) -> [String] {
        guard old != new else { return [] }
        let script = edits(old, new)
        // Where each edit stands in the old and the new text.
        var oldLines: [Int] = []
        var newLines: [Int] = []
        var (oldLine, newLine) = (0, 0)
        for edit in script {
            oldLines.append(oldLine)
            newLines.append(newLine)
            switch edit {
            case .same: oldLine += 1; newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        let changes = script.indices.filter { script[$0] != .same(script[$0].text) }
        // Changes closer than twice the context share a hunk.
        var groups: [[Int]] = []
        for change in changes {
            if let last = groups.last?.last, change - last <= 2 * context + 1 {
                groups[groups.count - 1].append(change)
            } else {
                groups.append([change])
            }
        }
        var output = ["--- recorded", "+++ now"]
        for group in groups {
            let range = max(0, group.first! - context)...min(script.count - 1, group.last! + context)
            let hunk = script[range]
            let oldCount = hunk.filter { if case .added = $0 { false } else { true } }.count
            let newCount = hunk.filter { if case .removed = $0 { false } else { true } }.count
            let oldStart = oldLines[range.lowerBound] + (oldCount > 0 ? 1 : 0)
            let newStart = newLines[range.lowerBound] + (newCount > 0 ? 1 : 0)
            output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for edit in hunk {
                switch edit {
                case .same(let text): output.append(" " + text)
                case .removed(let text): output.append("-" + text)
                case .added(let text): output.append("+" + text)
                }
            }
        }
        return output
    }

    enum Edit: Equatable {
        case same(String), removed(String), added(String)

        var text: String {
            switch self {
            case .same(let text), .removed(let text), .added(let text): text
            }
        }
    }

    /// The shortest edit script by longest common subsequence; outputs are short, so the table is small.
    static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        let (n, m) = (old.count, new.count)
        guard n * m <= 4_000_000 else {
            return old.map(Edit.removed) + new.map(Edit.added)
        }
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [Edit] = []
        var (i, j) = (0, 0)
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                result.append(.same(old[i]))
                i += 1
                j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                // Removals before additions, as diff shows them.
                result.append(.removed(old[i]))
                i += 1
            } else {
                result.append(.added(new[j]))
                j += 1
            }
        }
        return result
    }
}
