import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// Each real report's bulleted findings and areas for improvement, as listed from the printed
/// PDFs in Tests/Fixtures/reports/findings.txt, found in the reading where a reader sees them.
@Suite struct RealReportFindingsTests {
    struct Expected {
        enum Kind { case bullet(section: String), improvement(closing: String, sentences: Int) }
        let report: String
        let kind: Kind
        let page: Int
        let opening: String
        /// Why the reading is known to miss it, when it does.
        let known: String?
        let line: Int
    }

    static func expected() throws -> [Expected] {
        let path = Repository.root.appendingPathComponent("Tests/Fixtures/reports/findings.txt").path
        var report = ""
        var items: [Expected] = []
        for (index, line) in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("[") { report = String(line.dropFirst().dropLast()); continue }
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let head = fields[0].split(separator: " ")
            let page = try #require(Int(head[1].dropFirst(2)), "line \(index + 1)")
            switch head[0] {
            case "bullet":
                items.append(Expected(report: report, kind: .bullet(section: fields[1]), page: page, opening: fields[2], known: nil, line: index + 1))
            case "improvement":
                let ends = fields[1].components(separatedBy: " … ")
                items.append(Expected(report: report, kind: .improvement(closing: ends[1], sentences: try #require(Int(fields[2]))),
                                      page: page, opening: ends[0],
                                      known: fields.count > 3 ? String(fields[3].trimmingPrefix("known: ")) : nil, line: index + 1))
            default:
                Issue.record("findings.txt:\(index + 1): unknown line")
            }
        }
        return items
    }

    static func squash(_ text: String) -> String { ReportQuality.squash(text) }

    @Test func everyBulletAndAreaForImprovementIsItsOwnParagraphOnItsPage() throws {
        let expected = try Self.expected()
        #expect(Set(expected.map(\.report)).count == 19)
        let documents = Dictionary(uniqueKeysWithValues: try RealReportsTests.documents().map { ($0.document.name, $0.document) })
        var used: Set<String> = []
        for item in expected {
            if let known = item.known {
                withKnownIssue("findings.txt:\(item.line): \(known)") { check(item, documents, &used) }
            } else {
                check(item, documents, &used)
            }
        }
    }

    func check(_ item: Expected, _ documents: [String: Document], _ used: inout Set<String>) {
        do {
            let document = try #require(documents[item.report], "findings.txt:\(item.line)")
            let where_ = "findings.txt:\(item.line) \(item.report): \(item.opening)"
            let opening = Self.squash(item.opening)
            // The passages whose words, read on into the next few, open with these words: the
            // first not yet taken, on the page the finding is printed on if one is.
            let candidates = document.passages.indices.filter { index in
                !used.contains("\(item.report) \(index)")
                    && Self.squash(document.passages[index...].prefix(4).map(\.text).joined(separator: " ")).hasPrefix(opening)
            }.map { document.passages[$0] }
            guard let first = candidates.first(where: { $0.citation.page == item.page }) ?? candidates.first else {
                Issue.record("\(where_): no passage opens with these words")
                return
            }
            // A finding opens a paragraph, on the page it is printed on.
            #expect(first.citation.sentence == 1, "\(where_): read as \(first.citation)")
            #expect(first.citation.page == item.page, "\(where_): read as \(first.citation)")
            used.insert("\(item.report) \(first.index)")
            let section = document.sections.first { $0.passageRange.contains(first.index) }?.title ?? ""
            switch item.kind {
            case .bullet(let expectedSection):
                #expect(section == expectedSection, "\(where_): in \(section)")
                #expect(!first.text.contains { PDFLayout.isBulletGlyph($0) }, "\(where_)")
            case .improvement(let closing, let sentences):
                #expect(section == "Areas for improvement", "\(where_): in \(section)")
                // Its sentences follow in order, to its last words, and the next passage opens another paragraph.
                let passages = document.passages[first.index...].prefix(sentences + 1)
                let own = Array(passages.prefix(sentences))
                #expect(own.count == sentences)
                #expect(Self.squash(own.map(\.text).joined(separator: " ")).hasSuffix(Self.squash(closing)),
                        "\(where_): ends \(own.last?.text.suffix(60) ?? "")")
                for (previous, next) in zip(own, own.dropFirst()) {
                    let sameParagraph = next.citation.page == previous.citation.page && next.citation.paragraph == previous.citation.paragraph
                        && next.citation.sentence == (previous.citation.sentence ?? 0) + 1
                    let overThePage = next.citation.page == (previous.citation.page ?? 0) + 1 && next.citation.paragraph == 1
                        && next.citation.sentence == 1
                    #expect(sameParagraph || overThePage, "\(where_): \(next.citation) does not go on from \(previous.citation)")
                }
                if passages.count > sentences, let after = passages.last, after.section == first.section {
                    #expect(after.citation.sentence == 1, "\(where_): \(after.citation) goes on with it")
                }
            }
        } catch {
            Issue.record(error)
        }
    }
}
