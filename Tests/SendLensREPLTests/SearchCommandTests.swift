import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL
@testable import SendLensCore

struct SearchCommandTests {
    @Test func findListsRankedHitsWithCitationsAndMarkedMatches() {
        let transcript = Transcript()
        let shell = transcript.shell()
        #expect(transcript.run("find dashboard") == .result(1))
        let lines = transcript.text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "dashboard — 3 passages (report 1, response 2)")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("1  response §4 ¶3.1"))
        #expect(lines.dropFirst().allSatisfy { $0.contains("[dashboard]") })
        // The matches line up in one column.
        let columns = Set(lines.dropFirst().map { $0.distance(from: $0.startIndex, to: $0.range(of: "[")!.lowerBound) })
        #expect(columns.count == 1)
        #expect(shell.cells[0].value.items(in: shell.corpus).count == 3)
    }

    @Test func showOpensAHitOfAnEarlierResult() {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("find dashboard")
        transcript.clear()
        let item = shell.cells[0].value.items(in: shell.corpus).firstIndex(of: Citation(document: "report", section: 7, paragraph: 1, sentence: 3))!
        transcript.run("show $1.\(item + 1) --context 0")
        #expect(transcript.text.contains("> report §7 ¶1.3  A shared data dashboard"))
    }

    @Test func limitAllSortAndExact() {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("find waiting --limit 3")
        #expect(transcript.text.hasPrefix("waiting — 30 passages (report 22, response 6, statement 2); the best 3 (--all for every one)\n"))
        #expect(shell.cells.last!.value.items(in: shell.corpus).count == 3)
        transcript.run("find waiting --all")
        #expect(shell.cells.last!.value.items(in: shell.corpus).count == 30)
        transcript.run("find waiting --sort doc --limit 2")
        #expect(shell.cells.last!.value.items(in: shell.corpus).map(\.description) == ["report §4 ¶1.1", "report §4 ¶1.2"])
        transcript.run("find waiting --exact --all")
        #expect((1..<30).contains(shell.cells.last!.value.items(in: shell.corpus).count))
        transcript.run("find waiting in response statement --all")
        #expect(shell.cells.last!.value.items(in: shell.corpus).count == 8)
    }

    @Test(arguments: [
        ("find (waiting OR delay", "error: this bracket is never closed; add the closing )\n  find (waiting OR delay\n       ^"),
        ("find waiting \"times for", "error: this quote is never closed; add the closing \" to end the phrase\n  find waiting \"times for\n               ^"),
        ("find -private", "error: a search cannot only leave words out; add a word to look for, as in therapy -private\n  find -private\n       ^"),
        ("find --limit 5 waiting OR", "error: OR needs words on both sides, as in waiting OR delay\n  find --limit 5 waiting OR\n                         ^"),
        ("find waiting inn:report", "error: there is no filter 'inn:' (did you mean 'in:'?); the filters are in:DOC, kind:KIND, section:\"…\" and question:\"…\"\n  find waiting inn:report\n               ^"),
        ("find", "error: there is nothing to search for; type some words, e.g. find waiting times"),
        ("find waiting --limt 5", "error: find has no option '--limt' (did you mean '--limit'?); see help find"),
        ("find waiting --sort best", "error: --sort 'best' is not rank or doc; see help find"),
        ("find waiting --limit 0", "error: --limit '0' is not a whole number from 1 to 100000; see help find"),
        ("find waiting in:reprt", "error: no document named 'reprt' (did you mean 'report'?); loaded: report, response, statement"),
        ("find dashboard in hert hcc", "error: no document named 'hert'; loaded: report, response, statement. "
            + "To search for the words, put them in quotes: \"in hert hcc\"\n  find dashboard in hert hcc\n                    ^"),
        ("find dashboard in xyzzy", "error: no document named 'xyzzy'; loaded: report, response, statement. "
            + "To search for the words, put them in quotes: \"in xyzzy\"\n  find dashboard in xyzzy\n                    ^"),
        ("count waiting in re", "error: 're' starts the names of 2 documents (report, response); type more of the name\n  count waiting in re\n                   ^"),
        ("outline re", "error: 're' starts the names of 2 documents (report, response); type more of the name"),
        ("find waiting -in:r", "error: 'r' starts the names of 2 documents (report, response); type more of the name"),
        ("count waiting by question", "error: count by question works on survey answers, and no survey is loaded; try count QUERY by section"),
        ("define XYZZY", "error: 'XYZZY' is not in the SEND glossary; type define for the list"),
        ("define SENC", "error: 'SENC' is not in the SEND glossary (did you mean 'SENCO'?); type define for the list"),
    ])
    func queryErrorsPointAtTheProblem(line: String, message: String) {
        let transcript = Transcript()
        _ = transcript.shell()
        #expect(transcript.run(line) == .failed)
        #expect(transcript.errors == message + "\n")
    }

    /// Nothing typed is quietly read as something else: filters leave out as well as keep, in
    /// any order with `by`; a document is named by the start of its name.
    @Test func filtersExcludeAndDocumentsGoByTheStartOfTheirNames() {
        let transcript = Transcript()
        _ = transcript.shell()
        let counts = [
            "count waiting": "waiting — 30 passages", "count waiting -in:report": "waiting -in:report — 8 passages",
            "count waiting NOT in:report": "waiting NOT in:report — 8 passages",
            "count waiting -kind:statement -in:resp": "waiting -kind:statement -in:resp — 22 passages",
            "count waiting in stat resp": "waiting in statement response — 8 passages",
            "count waiting by section in:report": "waiting in:report — 22 passages",
            "count waiting in:report by section": "waiting in:report — 22 passages",
            "count children in care": "children in care — 2 passages",
        ]
        for (line, header) in counts {
            transcript.clear()
            transcript.run(line)
            #expect(transcript.text.hasPrefix(header + "\n"), "\(line): \(transcript.text)\(transcript.errors)")
        }
        transcript.clear()
        transcript.run("count waiting by section in:report")
        #expect(transcript.text.contains("report §4 What is it like"))
        transcript.clear()
        transcript.run("outline stat")
        #expect(transcript.text.hasPrefix("statement — "))
    }

    @Test func countGroupsByDocumentOrSection() {
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("count dashboard")
        #expect(transcript.text == "dashboard — 3 passages\n  report    1\n  response  2\n")
        transcript.clear()
        transcript.run("count dashboard by section")
        #expect(transcript.text == """
        dashboard — 3 passages
          report §7 Areas for priority action  1
          response §4 Our commitments          1
          response §7 Updates                  1

        """)
    }

    @Test func defineExplainsAcronymsAndMeanings() {
        let transcript = Transcript()
        _ = transcript.shell(opening: [])
        transcript.run("define ehcp")
        #expect(transcript.text.hasPrefix("EHCP: education, health and care plan\n  also written: EHC plan\n"))
        transcript.clear()
        transcript.run("define \"special educational needs coordinator\"")
        #expect(transcript.text.hasPrefix("SENCO: "))
        transcript.clear()
        transcript.run("define")
        #expect(transcript.text.split(separator: "\n").count == Glossary.standard.entries.count)
    }

    /// An acronym matches its meanings inside NEAR as it does alone; one a document defines joins
    /// the glossary with the passage that defines it.
    @Test func acronymsWorkInNearAndAreLearntFromTheDocuments() {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("find NEAR(exclusion EHCP, 10)")
        #expect(transcript.text.hasPrefix("NEAR(exclusion EHCP, 10) — 2 passages"))
        #expect(transcript.text.contains("report §4 ¶7.1"))
        transcript.clear()
        // "EHC plan" and "education, health and care plan" are found near "delays" as "EHCP" is.
        func rows(_ query: String) -> Set<Int> {
            Set((try? shell.library.search(QueryParser.parse(query), limit: 0).matchingRows) ?? [])
        }
        let forms = ["EHCP", "\"EHC plan\"", "\"education, health and care plan\""].map { rows("NEAR(\($0) delays, 12)") }
        #expect(rows("NEAR(EHCP delays, 12)") == forms.reduce(Set()) { $0.union($1) })
        #expect(!forms[1].union(forms[2]).isEmpty)
        transcript.run("define HPCI")
        #expect(transcript.text == """
        HPCI: Hertfordshire Parent Carer Involvement
          As report defines it: Hertfordshire Parent Carer Involvement (HPCI).
          defined at report §3 ¶4.2; show report §3 ¶4.2 opens it

        """)
        transcript.clear()
        transcript.run("count HPCI")
        let byAcronym = transcript.text.split(separator: "\n").first.map(String.init)?.replacingOccurrences(of: "HPCI", with: "")
        transcript.clear()
        transcript.run("count \"Hertfordshire Parent Carer Involvement\"")
        #expect(byAcronym == transcript.text.split(separator: "\n").first.map(String.init)?
            .replacingOccurrences(of: "\"Hertfordshire Parent Carer Involvement\"", with: ""))
    }

    @Test func acronymsAreLearntFromRealReports() throws {
        let nottinghamshire = Repository.reports + "/nottinghamshire.pdf"
        try #require(FileManager.default.fileExists(atPath: nottinghamshire))
        let transcript = Transcript()
        _ = transcript.shell(opening: [nottinghamshire])
        transcript.run("define MIS")
        #expect(transcript.text.hasPrefix("MIS: Maximising Independence Service\n"))
        #expect(transcript.text.contains("defined at nottinghamshire p.3"))
    }

    /// At any width from 60 columns, with a long document name, every line shows each of the
    /// query's words that matched, and marks only the words: "([EHC]) [plans]".
    @Test(arguments: [60, 72, 100, 140]) func keywordInContextShowsEveryMatchedWordAtAnyWidth(width: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kwic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = folder.appendingPathComponent("hertfordshire-send-improvement-partnership-response-2024.md")
        try FileManager.default.copyItem(atPath: Repository.samples + "/response.md", toPath: long.path)
        let transcript = Transcript()
        _ = transcript.shell(opening: [long.path, Repository.samples + "/report.pdf"], console: width)
        for query in ["EHCP delays", "NEAR(EHCP delays, 12)", "waiting --all", "\"speech and language therapy\" waiting",
                      "ICB commissioning gaps"] {
            transcript.clear()
            transcript.run("find " + query)
            // The header may take two lines at this width; the hits start with their numbers.
            let all = transcript.text.split(separator: "\n")
            #expect(all.allSatisfy { $0.count <= width }, "\(query) at \(width)")
            let lines = all.drop { $0.range(of: #"^ *[0-9]+  \S"#, options: .regularExpression) == nil }
            #expect(!lines.isEmpty, "\(query)")
            var someWords = false
            for line in lines {
                if line.hasSuffix("with some of the words:") || line.hasSuffix("with some of the words, not all:") {
                    someWords = true
                    continue
                }
                #expect(line.contains("[") && line.contains("]"), "\(query) at \(width): \(line)")
                #expect(!line.contains("……"), "\(query) at \(width): \(line)")
                if !someWords, query.hasPrefix("EHCP") || query.hasPrefix("NEAR") {
                    // "delays" and a form of EHCP.
                    #expect(line.contains("[delays]") && line.components(separatedBy: "[").count >= 3, "\(query) at \(width): \(line)")
                }
            }
        }
        transcript.clear()
        transcript.run("find EHCP delays in report")
        #expect(transcript.text.contains(width >= 100 ? "([EHC]) [plans]" : "([EHC])"))
    }

    @Test func tabCompletesIndexedWordsAndFilters() {
        let shell = Transcript().shell()
        let completer = Completer(shell: shell)
        #expect(completer.complete("find dashb").candidates == ["dashboard"])
        #expect(completer.complete("find waiting -priv").candidates == ["-private"])
        #expect(completer.complete("count in:st").candidates == ["in:statement"])
        #expect(completer.complete("define ehc").candidates == ["EHCNA", "EHCP"])
    }
}
