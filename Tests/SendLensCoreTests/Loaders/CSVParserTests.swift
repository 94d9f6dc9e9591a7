import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

struct CSVParserTests {
    @Test(arguments: [
        ("id,answer\n1,Yes\n2,No\n", [["1", "Yes"], ["2", "No"]]),
        ("id,answer\r\n1,Yes\r\n2,No", [["1", "Yes"], ["2", "No"]]),
        ("id;answer\n1;\"Yes, mostly\"\n", [["1", "Yes, mostly"]]),
        ("id,comment\n1,\"She said \"\"no\"\"\"\n", [["1", "She said \"no\""]]),
        ("id,comment\n1,\"two\nlines\"\n2,x\n", [["1", "two\nlines"], ["2", "x"]]),
        ("id,comment\n1, padded \n\n2,\n", [["1", "padded"], ["2", ""]]),
        ("# a note\n# another\nid,answer\n1,Yes\n", [["1", "Yes"]]),
    ])
    func reads(text: String, rows: [[String]]) throws {
        #expect(try CSVParser.parse(text).rows == rows)
    }

    /// Some tools write the header as a comment: "#id,comment".
    @Test func aHeaderWrittenAsACommentIsTheHeader() throws {
        let table = try CSVParser.parse("# exported 2024-01-05\n#id,comment\n1,hello there\n2,more\n")
        #expect(table.header == ["id", "comment"])
        #expect(table.rows == [["1", "hello there"], ["2", "more"]])
        #expect(table.notes == ["exported 2024-01-05"])
        #expect(throws: CSVParser.Problem.noHeader) { try CSVParser.parse("# just a note\n1,2\n3,4\n") }
    }

    @Test func keepsLinesNotesAndRaggedRows() throws {
        let table = try CSVParser.parse("# Illustrative\nid,a,b\n1,x\n2,\"multi\nline\",y\n3,p,q,r\n")
        #expect(table.header == ["id", "a", "b"])
        #expect(table.notes == ["Illustrative"])
        #expect(table.lines == [3, 4, 6])
        #expect(table.raggedLines == [3, 6])
        #expect(table.rows == [["1", "x", ""], ["2", "multi\nline", "y"], ["3", "p", "q"]])
    }

    @Test(arguments: [
        ("id,comment\n1,fine\n2,\"never closed\n3,x\n", CSVParser.Problem.unterminatedQuote(line: 3)),
        ("1,Yes\n2,No\n", .noHeader),
        ("id,id\n1,2\n", .noHeader),
        ("id,,answer\n1,2,3\n", .noHeader),
        ("id,answer\n", .noRows),
        ("", .noRows),
    ])
    func rejects(text: String, problem: CSVParser.Problem) {
        #expect(throws: problem) { try CSVParser.parse(text) }
    }
}

struct SurveyLoadingTests {
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples").path

    @Test func theSampleSurveyIsReadWithItsColumnRoles() throws {
        var corpus = Corpus()
        let outcome = DocumentLoader().load([samples + "/survey-2022.csv"], into: &corpus)
        #expect(outcome.failures.isEmpty && outcome.warnings.isEmpty)
        let document = try #require(corpus.document(named: "survey-2022"))
        let survey = try #require(document.survey)
        #expect(document.kind == .survey)
        #expect(survey.rows.count >= 80)
        #expect(survey.columns.map(\.role) == [.id] + Array(repeating: .category, count: 7) + [.text, .text])
        #expect(document.sections.map(\.title) == ["What has been the hardest part of getting support?",
                                                   "What one change would make the biggest difference?"])
        #expect(document.source?.hasPrefix("Illustrative data") == true)
        #expect(document.invariantViolations() == [])
        // Each answer is paragraph N for respondent row N.
        let first = try #require(document.passages.first)
        #expect(survey.rows[first.citation.paragraph! - 1][8].hasPrefix(first.text))
    }

    @Test func columnRolesCanBeStated() throws {
        let files = try Fixtures()
        let path = try files.write("poll.csv", "Ref,Area,Comment,Other\nA1,North,Too long a wait,x\nA2,South,Fine,y\nA3,North,Good,z\n")
        var corpus = Corpus()
        _ = DocumentLoader().load([path], options: LoadOptions(idColumn: "Ref", textColumns: ["Comment", "oth"]), into: &corpus)
        let survey = try #require(corpus.document(named: "poll")?.survey)
        #expect(survey.columns.map(\.role) == [.id, .category, .text, .text])
        var again = Corpus()
        let outcome = DocumentLoader().load([path], options: LoadOptions(textColumns: ["Coment"]), into: &again)
        #expect(outcome.failures == [.unknownColumn(path: path, column: "Coment", known: ["Ref", "Area", "Comment", "Other"])])
    }

    @Test func aByteOrderMarkAndWindowsLineEndsAreReadThrough() throws {
        let files = try Fixtures()
        let path = try files.write("excel.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("ID;Group;Comment\r\n1;Parent;\"Long wait; no reply\"\r\n2;Carer;Fine\r\n".utf8))
        var corpus = Corpus()
        let outcome = DocumentLoader().load([path], options: LoadOptions(textColumns: ["Comment"]), into: &corpus)
        #expect(outcome.failures.isEmpty && outcome.warnings.isEmpty)
        let survey = try #require(corpus.document(named: "excel")?.survey)
        #expect(survey.columns.map(\.name) == ["ID", "Group", "Comment"])
        #expect(survey.rows == [["1", "Parent", "Long wait; no reply"], ["2", "Carer", "Fine"]])
    }

    @Test func badSurveysFailClearly() throws {
        let files = try Fixtures()
        let quote = try files.write("quote.csv", "id,comment\n1,\"open\n2,x\n")
        let noHeader = try files.write("numbers.csv", "1,2\n3,4\n")
        let headerOnly = try files.write("header.csv", "id,answer\n")
        let ragged = try files.write("ragged.csv", "id,answer\n1,yes,extra\n2\n3,no\n")
        var corpus = Corpus()
        let outcome = DocumentLoader().load([quote, noHeader, headerOnly, ragged], into: &corpus)
        #expect(outcome.failures == [.csvUnterminatedQuote(path: quote, line: 2), .csvNoHeader(path: noHeader), .csvNoRows(path: headerOnly)])
        #expect(outcome.warnings == [.csvRaggedRows(path: ragged, lines: [2, 3])])
        #expect(corpus.documents.map(\.name) == ["ragged"])
    }
}
