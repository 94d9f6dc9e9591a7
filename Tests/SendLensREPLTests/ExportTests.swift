import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL
@testable import SendLensCore

struct ExportTests {
    let folder = NSTemporaryDirectory() + "sendlens-export-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What is written to a .txt file is what a pipe shows, byte for byte.
    @Test func plainTextFilesHoldWhatWasShown() throws {
        let transcript = Transcript()
        _ = transcript.shell()
        for line in ["find waiting", "count EHCP by section", "show report §7", "docs", "outline report", "define SALT", "help find"] {
            transcript.clear()
            #expect(transcript.run(line) != .failed)
            let shown = transcript.text
            let name = line.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "§", with: "s") + ".txt"
            transcript.clear()
            #expect(transcript.run("export \(folder)/\(name)") == .nothing)
            #expect(transcript.text.hasPrefix("wrote "))
            #expect(contents(name) == shown, "\(line)")
        }
    }

    @Test func aRedirectedResultIsKeptButNotShown() throws {
        let transcript = Transcript()
        let shell = transcript.shell()
        #expect(transcript.run("find dashboard > \(folder)/dashboard.md") == .result(1))
        #expect(transcript.text == "wrote 3 passages to \(folder)/dashboard.md (Markdown, 632 bytes)\n")
        #expect(shell.cells[0].value.items(in: shell.corpus).count == 3)
        let markdown = try #require(contents("dashboard.md"))
        #expect(markdown.hasPrefix("`find dashboard`\n\n**dashboard — 3 passages (report 1, response 2)**\n"))
        #expect(markdown.contains("> A shared data **dashboard**, refreshed at least monthly"))
        #expect(markdown.contains("> — *report §7 ¶1.3* (Areas for priority action)"))
        // The result is there to use again: $ is the last one.
        transcript.clear()
        #expect(transcript.run("show $.2 --context 0") == .result(2))
        #expect(transcript.text.contains("> report §7 ¶1.3"))
    }

    @Test func filesAreNeverReplacedUnlessAsked() throws {
        let transcript = Transcript()
        _ = transcript.shell()
        let path = folder + "/waiting.txt"
        transcript.run("find waiting > \(path)")
        let first = try #require(contents("waiting.txt"))
        transcript.clear()
        #expect(transcript.run("find dashboard > \(path)") == .failed)
        #expect(transcript.errors == "error: '\(path)' already exists and was left as it was; add --force to replace it "
            + "(or write >| instead of >), or choose another name\n")
        #expect(contents("waiting.txt") == first)
        #expect(transcript.run("export $1 \(path)") == .failed)
        #expect(transcript.run("export $2 \(path) --force") == .nothing)
        #expect(contents("waiting.txt")!.hasPrefix("dashboard — 3 passages"))
        #expect(transcript.run("find waiting >| \(path)") == .result(3))
        #expect(contents("waiting.txt") == first)
        #expect(transcript.run("find dashboard >> \(path)") == .result(4))
        #expect(contents("waiting.txt")!.hasPrefix(first) && contents("waiting.txt")!.hasSuffix("monthly.\n"))
    }

    @Test func addingToACSVFileAddsRowsWithoutASecondHeader() throws {
        let transcript = Transcript()
        _ = transcript.shell()
        let path = folder + "/hits.csv"
        transcript.run("find dashboard > \(path)")
        transcript.run("find \"data dashboard\" >> \(path)")
        let csv = try #require(contents("hits.csv"))
        #expect(csv.hasPrefix("\u{FEFF}rank,citation,document,section,text\r\n"))
        #expect(csv.components(separatedBy: "rank,citation").count == 2)
        #expect(csv.components(separatedBy: "\r\n").count == 1 + 3 + 3 + 1)
        #expect(transcript.run("find dashboard >> \(folder)/one.json") == .result(3))
        #expect(transcript.run("find dashboard >> \(folder)/one.json") == .failed)
    }

    @Test(arguments: [
        ("export $1 out.docx", "error: SEND Lens cannot tell how to write 'out.docx': end the name with .txt (plain text), .md (Markdown), .csv (a spreadsheet) or .json"),
        ("find waiting > out", "error: SEND Lens cannot tell how to write 'out': end the name with .txt (plain text), .md (Markdown), .csv (a spreadsheet) or .json"),
        ("export", "error: export needs a file to write, ending with .txt (plain text), .md (Markdown), .csv (a spreadsheet) or .json, e.g. export $2 waiting.md"),
        ("export $9 out.txt", "error: there is no result $9; results run from $1 to $1"),
        ("export $1.9 out.txt", "error: result $1 has no item 9; it lists 3 (use $1.1 to $1.3)"),
        ("export $x out.txt", "error: '$x' is not a result; write one as $N, $N.k or $ for the last; results run from $1 to $1"),
        ("export $1 a.txt b.txt", "error: export does not take 'b.txt'; see help export"),
        ("find waiting >", "error: > needs a file name after it, e.g. find waiting > waiting.md\n  find waiting >\n               ^"),
        ("find waiting > a.txt b.txt", "error: > takes one file name, at the end of the line (quote a name with spaces)\n  find waiting > a.txt b.txt\n               ^"),
        ("find waiting > /no/such/folder/a.txt", "error: cannot write '/no/such/folder/a.txt': there is no folder '/no/such/folder'"),
    ])
    func badExportsAreExplainedAndTheSessionGoesOn(line: String, message: String) throws {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("find dashboard")
        transcript.clear()
        #expect(transcript.run(line) == .failed)
        #expect(transcript.errors == message + "\n")
        #expect(shell.corpus.documents.count == 3)
        #expect(transcript.run("docs") != .failed)
    }

    @Test func oneItemExportsAsThatPassage() throws {
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("find dashboard")
        transcript.run("export $1.2 \(folder)/quote.txt")
        #expect(contents("quote.txt") == "report › Area SEND inspection of Hertfordshire Local Area Partnership › Areas for priority action (§7)\n"
            + "> report §7 ¶1.3  A shared data dashboard, refreshed at least monthly, would allow leaders to see waiting times, "
            + "the timeliness of plans and attendance in one place.\n")
    }
}

struct InvocationTests {
    private func invocation(_ line: String, documents: Set<String> = ["report", "response"]) throws -> Invocation {
        let spec = try #require(Commands.named(String(line.prefix { $0 != " " })))
        return try Invocation(line: line, spec: spec) { name in
            documents.contains(name.lowercased()) ? .document(name.lowercased()) : .unknown(occurs: true, known: documents.sorted())
        }
    }

    @Test func closingClausesComeInAnyOrder() throws {
        for line in ["count waiting by section in report response", "count waiting in report response by section"] {
            let parsed = try invocation(line)
            #expect(parsed.clauses == ["by": ["section"], "in": ["report", "response"]])
            #expect(parsed.tidyQuery == "waiting")
        }
    }

    @Test func aClauseIsOnlyAClauseWhenItsWordsFit() throws {
        // "in care" names no document: it is part of the query.
        #expect(try invocation("find children in care").clauses.isEmpty)
        #expect(try invocation("find children in care").tidyQuery == "children in care")
        // A quoted keyword is an ordinary word.
        #expect(try invocation("count waiting \"by\" section").clauses.isEmpty)
        // The last "by" of a tally starts the clause; the question may hold one in quotes.
        let tally = try invocation("tally \"supported by school\" by district")
        #expect(tally.arguments == ["supported by school"])
        #expect(tally.clauses == ["by": ["district"]])
        let load = try invocation("load a.md b.md as Minutes --date 2023-11-22")
        #expect(load.arguments == ["a.md", "b.md"])
        #expect(load.clauses == ["as": ["minutes"]])
        #expect(load.values == ["--date": "2023-11-22"])
    }

    @Test func queriesKeepTheirPositionsForCarets() throws {
        let parsed = try invocation("find --limit 5 waiting OR in report > out.md")
        #expect(parsed.query.count == "find --limit 5 waiting OR in report > out.md".count - parsed.queryOffset)
        #expect(parsed.query.trimmingCharacters(in: .whitespaces) == "waiting OR")
        #expect(parsed.redirect == Redirect(path: "out.md", mode: .create))
        #expect(try invocation("find waiting >>\"my file.csv\"").redirect == Redirect(path: "my file.csv", mode: .append))
        #expect(try invocation("docs >| all.json").redirect == Redirect(path: "all.json", mode: .replace))
        #expect(try invocation("find \"a > b\"").redirect == nil)
    }

    @Test func datesAndReferencesAreRead() throws {
        let today = Day(year: 2024, month: 3, day: 1)!
        for written in ["2023-11-22", "22/11/2023", "\"22 November 2023\"", "22.11.2023"] {
            #expect(try invocation("load a.md --date \(written)").date("--date", today: today) == Day(year: 2023, month: 11, day: 22))
        }
        #expect(try invocation("load a.md --date today").date("--date", today: today) == today)
        #expect(ResultReference("$") == ResultReference("$"))
        #expect(ResultReference("$")?.result == nil)
        #expect(ResultReference("$3")?.result == 3)
        #expect(ResultReference("$3.2").map { [$0.result, $0.item] } == [3, 2])
        #expect(ResultReference("$.2").map { [$0.result, $0.item] } == [nil, 2])
        for bad in ["3", "$0", "$x", "$3.", "$3.x", "$-1", "$+1", "$.", "$.x"] { #expect(ResultReference(bad) == nil, "\(bad)") }
    }
}
