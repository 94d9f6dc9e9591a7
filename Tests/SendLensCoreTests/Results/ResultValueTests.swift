import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// One of each kind of result, made from the samples as the commands make them.
struct SampleResults {
    let library: Library
    var values: [ResultValue]

    init() throws {
        library = try Library()
        library.load(Repository.textSamples + [Repository.survey, Repository.samples + "/report.pdf"])
        let corpus = library.corpus
        let query = try QueryParser.parse("waiting OR EHCP")
        let results = try library.search(query, limit: 5)
        let hits = HitList(query: "waiting OR EHCP", documents: ["report"], exact: false, order: .rank, total: results.total,
                           perDocument: results.perDocument.map { DocumentCount(document: $0.name, count: $0.count) },
                           hits: PassageRefs(results.hits.map { PassageRef(document: $0.citation.document, passage: $0.passageIndex) }))
        let counts = CountTable(query: "waiting", grouping: .section, rows: try library.count(QueryParser.parse("waiting"), by: .section))
        let survey = try #require(corpus.document(named: "survey-2022"))
        let surveyTable = try #require(survey.survey)
        let tally = try Tally.table(document: survey.name, survey: surveyTable, column: 4, by: 1)
        let view = try PassageView(citations: [Citation(document: "report", section: 7, paragraph: 1, sentence: 3),
                                               Citation(document: "survey-2022", section: 1, paragraph: 2)],
                                   context: nil, in: corpus)
        let help = HelpPage(topic: HelpPage.CommandHelp(name: "find", usage: "find QUERY [--all]", summary: "passages",
                                                           details: "Details.", options: [HelpPage.Option(label: "--all", help: "every one")],
                                                           examples: ["find waiting"]))
        values = [
            .hits(hits), .counts(counts), .tally(tally), .documents(DocumentList(library: library)),
            .outline(Outline(document: try #require(corpus.document(named: "report")))),
            .outline(Outline(document: try #require(corpus.document(named: "report-pdf")))),
            .passages(view), .glossary(GlossaryList(entries: Array(Glossary.standard.entries.prefix(3)), whole: true)),
            .help(help), .help(HelpPage(commands: [HelpPage.CommandSummary(name: "docs", signature: "docs", summary: "list")], note: "n")),
            .load(LoadReport(documents: corpus.documents)),
        ]
        let report = try library.side("report", passages: corpus.documents[0].passages.map { PassageRef(document: "report", passage: $0.index) })
        let response = try library.side("response", passages: corpus.documents[1].passages.map { PassageRef(document: "response", passage: $0.index) })
        values += [
            .terms(try library.compare(report, response, on: ["waiting", "\"speech and language\"", "dashboard"])),
            .keywords(try library.keywords(report, response, all: true)),
            .coverage(try library.coverage(of: library.defaultFindings(of: report).passages, source: "findings", in: report, by: response)),
            .timeline(library.timeline(asOf: Day(year: 2024, month: 3, day: 1)!, from: Day(year: 2023, month: 1, day: 1))),
        ]
    }
}

struct ResultValueTests {
    /// Every kind of result comes back from its JSON as it went in, with or without the passages'
    /// text looked up alongside.
    @Test func everyResultRoundTripsThroughJSON() throws {
        let samples = try SampleResults()
        #expect(Set(samples.values.map(\.type)) == ["hits", "counts", "tally", "documents", "outline", "passages", "glossary", "help", "load",
                                                     "terms", "keywords", "coverage", "timeline"])
        for value in samples.values {
            let plain = try JSONEncoder().encode(value)
            #expect(try JSONDecoder().decode(ResultValue.self, from: plain) == value, "\(value.type)")
            let exported = try JSONRenderer(library: samples.library).render(value, command: "a command")
            #expect(try JSONDecoder().decode(ResultValue.self, from: Data(exported.utf8)) == value, "\(value.type)")
        }
    }

    @Test func hitsInJSONCarryTextMatchesAndCitationsAsTextAndParts() throws {
        let samples = try SampleResults()
        let json = try JSONRenderer(library: samples.library).render(samples.values[0], command: "find waiting OR EHCP in report")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "hits")
        #expect(object["command"] as? String == "find waiting OR EHCP in report")
        #expect(Set(object.keys) == ["type", "command", "query", "documents", "exact", "order", "total", "perDocument", "hits"])
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(hits.count == 5)
        for hit in hits {
            let citation = try #require(hit["citation"] as? [String: Any])
            let text = try #require(hit["text"] as? String)
            let parts = Citation(document: citation["document"] as! String, page: citation["page"] as? Int,
                                 section: citation["section"] as? Int, paragraph: citation["paragraph"] as? Int,
                                 sentence: citation["sentence"] as? Int)
            #expect(parts.description == citation["text"] as? String)
            let matches = try #require(hit["matches"] as? [[String: Int]])
            #expect(!matches.isEmpty)
            // Spans count Unicode scalars, as Python's strings do.
            let scalars = Array(text.unicodeScalars)
            for span in matches {
                let word = String(String.UnicodeScalarView(scalars[span["start"]!..<span["end"]!])).lowercased()
                #expect(word.hasPrefix("wait") || word.hasPrefix("ehc") || word == "education" || word.hasPrefix("health and care plan"),
                        "\(word)")
            }
        }
    }

    @Test func itemsAreWhatDollarReferencesPickFrom() throws {
        let samples = try SampleResults()
        guard case .hits(let hits) = samples.values[0] else { Issue.record("not hits"); return }
        #expect(samples.values[0].items(in: samples.library.corpus) == hits.hits.map { samples.library.citation(of: $0)! })
        #expect(samples.values[4].items(in: samples.library.corpus).prefix(2) == [Citation(document: "report", section: 1), Citation(document: "report", section: 2)])
        #expect(samples.values[6].items(in: samples.library.corpus) == [Citation(document: "report", section: 7, paragraph: 1, sentence: 3),
                                            Citation(document: "survey-2022", section: 1, paragraph: 2, sentence: 1),
                                            Citation(document: "survey-2022", section: 1, paragraph: 2, sentence: 2)])
        #expect(samples.values[1].items(in: samples.library.corpus).isEmpty)
        #expect(samples.values.map(\.summary)[0] == "5 passages")
    }

    @Test func outlinesOfPDFsGiveEachSectionsPages() throws {
        let samples = try SampleResults()
        guard case .outline(let outline) = samples.values[5] else { Issue.record("not an outline"); return }
        #expect(outline.sections.allSatisfy { $0.firstPage != nil && $0.firstPage! <= $0.lastPage! })
        #expect(outline.sections.first { $0.title == "Areas for priority action" }.map { ($0.firstPage!, $0.lastPage!) } ?? (0, 0) == (9, 9))
    }
}

struct PassageRefsTests {
    @Test func keepsEveryReferenceInOrder() throws {
        let references = (0..<1000).map { PassageRef(document: ["report", "response", "survey-2022"][$0 % 3], passage: ($0 * 7919) % 5000) }
        let refs = PassageRefs(references)
        #expect(Array(refs) == references)
        #expect(try JSONDecoder().decode(PassageRefs.self, from: JSONEncoder().encode(refs)) == refs)
        #expect(PassageRefs().isEmpty)
    }

    /// Four bytes a passage while the names and passage numbers fit in 32 bits; eight when not.
    @Test(arguments: [(names: 3, largest: 5_000), (names: 5_000, largest: 300_000), (names: 5_000, largest: 3_000_000),
                      (names: 1, largest: Int(UInt32.max))])
    func keepsLargeCorporaToo(_ size: (names: Int, largest: Int)) throws {
        let references = (0..<2_000).map { PassageRef(document: "d\($0 % size.names)", passage: $0 == 7 ? size.largest : ($0 * 7919) % 1_000) }
        let refs = PassageRefs(references)
        #expect(Array(refs) == references)
        #expect(refs == PassageRefs(references) && refs != PassageRefs(references.dropLast()))
    }
}
