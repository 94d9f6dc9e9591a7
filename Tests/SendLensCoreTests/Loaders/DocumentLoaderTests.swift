import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// A folder of files made for one test and removed after it.
final class Fixtures {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "sendlens-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Files that exist but cannot be read, as a permission error would leave them even for root.
struct UnreadableFiles: FileReading {
    func entry(at path: String) -> FileEntry { .file }
    func bytes(at path: String) throws(LoadError) -> [UInt8] { throw .unreadable(path: path, reason: "permission denied") }
    func files(under folder: String) throws(LoadError) -> [String] { [] }
}

struct DocumentLoaderTests {
    let loader = DocumentLoader()

    /// A page about an inspection is news, however often it says "Ofsted" and "inspection";
    /// the report itself is a report.
    @Test(arguments: [
        ("Ofsted and CQC have today published their Local Area SEND Inspection report for Hertfordshire.\n\nThe full report is here.", DocumentKind.news),
        ("Council's SEND service gets lowest rating\n\nChildren wait too long, inspectors have found.\n\nOfsted and the CQC inspected.", .news),
        ("Area SEND inspection of Somewhere Local Area Partnership\n\nInspection dates: 1 to 5 July 2024\n\nOfsted and CQC inspected the area.", .report),
    ])
    func aPageAboutAReportIsNews(text: String, kind: DocumentKind) throws {
        let files = try Fixtures()
        let path = try files.write("page.txt", text)
        var corpus = Corpus()
        _ = loader.load([path], into: &corpus)
        let document = try #require(corpus.document(named: "page"))
        #expect(document.kind == kind && document.origins.kind == .content)
    }

    @Test func readsFrontMatterAndStructure() throws {
        let files = try Fixtures()
        let path = try files.write("notes.md", "---\ntitle: Notes\nkind: minutes\ndate: 22 November 2023\nsource: Council\n---\n# Panel\n\nThe panel met. It agreed.\n\n## Actions\n\n- Report back by 2024.\n")
        var corpus = Corpus()
        let outcome = loader.load([path], into: &corpus)
        #expect(outcome.failures.isEmpty)
        #expect(outcome.warnings.isEmpty)
        let document = try #require(corpus.document(named: "notes"))
        #expect(document.kind == .minutes)
        #expect(document.title == "Notes")
        #expect(document.date?.description == "2023-11-22")
        #expect(document.source == "Council")
        #expect(document.origins == Document.Origins(name: .fileName, kind: .frontMatter, title: .frontMatter, date: .frontMatter))
        #expect(document.passages.map(\.citation.description) == ["notes §1 ¶1.1", "notes §1 ¶1.2", "notes §2 ¶1.1"])
        #expect(document.sections.map(\.headingPath) == [["Panel"], ["Panel", "Actions"]])
        #expect(document.invariantViolations().isEmpty)
    }

    @Test func infersWhatFrontMatterDoesNotSay() throws {
        let files = try Fixtures()
        let path = try files.write("Forum Statement.txt", "Our statement\n\nPublished on Friday 10 November 2023. We welcome it.\n")
        var corpus = Corpus()
        _ = loader.load([path], into: &corpus)
        let document = try #require(corpus.document(named: "forum-statement"))
        #expect(document.kind == .statement)
        #expect(document.title == "Our statement")
        #expect(document.date?.description == "2023-11-10")
        #expect(document.origins == Document.Origins(name: .fileName, kind: .fileName, title: .firstHeading, date: .publishedLine))
    }

    @Test func loadOptionsWin() throws {
        let files = try Fixtures()
        let path = try files.write("a.md", "---\nkind: report\ndate: 2020-01-01\n---\nText here.")
        var corpus = Corpus()
        _ = loader.load([path], options: LoadOptions(kind: .letter, name: "dfe", date: Day.parse("2024-02-15")), into: &corpus)
        let document = try #require(corpus.document(named: "dfe"))
        #expect(document.kind == .letter)
        #expect(document.date?.description == "2024-02-15")
        #expect(document.origins.name == .loadOption && document.origins.kind == .loadOption && document.origins.date == .loadOption)
    }

    @Test func aFolderLoadsEverySupportedFileInOrder() throws {
        let files = try Fixtures()
        try files.write("b.md", "Bee.")
        try files.write("a.txt", "Ay.")
        try files.write("sub/c.md", "Sea.")
        try files.write("picture.png", bytes: [0x89, 0x50, 0x4E, 0x47])
        try files.write(".hidden.md", "Hidden.")
        var corpus = Corpus()
        let outcome = loader.load([files.folder], into: &corpus)
        #expect(corpus.documents.map(\.name) == ["a", "b", "c"])
        #expect(outcome.warnings == [.skippedUnsupported(folder: files.folder, count: 1)])
    }

    @Test func aNameWithAWildcardLoadsTheFilesItMatchesInItsFolder() throws {
        let files = try Fixtures()
        try files.write("bury.md", "Bury.")
        try files.write("bristol.md", "Bristol.")
        try files.write("leeds.md", "Leeds.")
        try files.write("b-notes/bolton.md", "Bolton.")
        var corpus = Corpus()
        let outcome = loader.load([files.folder + "/b*.md", files.folder + "/z*.md", files.folder + "/le?ds.md"], into: &corpus)
        // (Not the folder "b-notes", nor what is inside it: a pattern matches names in its own folder.)
        #expect(corpus.documents.map(\.name) == ["bristol", "bury", "leeds"])
        #expect(outcome.failures == [.missing(path: files.folder + "/z*.md")])
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        let files = try Fixtures()
        // "Café — “quoted” £5" in Windows-1252
        let path = try files.write("old.txt", bytes: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x97, 0x20, 0x93, 0x71, 0x94, 0x20, 0xA3, 0x35, 0x2E])
        var corpus = Corpus()
        let outcome = loader.load([path], into: &corpus)
        #expect(outcome.warnings == [.notUTF8(path: path)])
        #expect(corpus.document(named: "old")?.passages.first?.text == "Café — “q” £5.")
    }

    @Test func aBadFrontMatterDateWarnsAndFallsBackToTheText() throws {
        let files = try Fixtures()
        let path = try files.write("r.md", "---\ndate: 31/31/2023\ntitel: x\n---\nPublished 10 November 2023.")
        var corpus = Corpus()
        let outcome = loader.load([path], into: &corpus)
        #expect(outcome.warnings == [.unknownFrontMatterKey(path: path, key: "titel"), .badFrontMatterDate(path: path, value: "31/31/2023")])
        #expect(corpus.document(named: "r")?.date?.description == "2023-11-10")
        #expect(corpus.document(named: "r")?.origins.date == .publishedLine)
    }

    @Test func badInputFailsWithoutDisturbingTheCorpus() throws {
        let files = try Fixtures()
        let good = try files.write("report.md", "# Report\n\nFine.")
        let empty = try files.write("empty.md", "")
        let blank = try files.write("blank.txt", "\n   \n\n")
        let binary = try files.write("data.txt", bytes: [0x00, 0x01, 0x02, 0x03, 0x41])
        let unsupported = try files.write("sheet.xlsx", "x")
        let duplicate = try files.write("other/report.md", "Another.")
        try FileManager.default.createDirectory(atPath: files.folder + "/nothing", withIntermediateDirectories: true)
        try files.write("nothing/readme.rtf", "x")
        let missing = files.folder + "/missing.md"

        var corpus = Corpus()
        _ = loader.load([good], into: &corpus)
        let before = corpus.documents
        let outcome = loader.load([empty, blank, binary, unsupported, duplicate, files.folder + "/nothing", missing], into: &corpus)
        #expect(corpus.documents == before)
        #expect(outcome.failures == [
            .noSupportedFiles(folder: files.folder + "/nothing"),
            .missing(path: missing),
            .empty(path: empty),
            .empty(path: blank),
            .binary(path: binary),
            .unsupportedFormat(path: unsupported),
            .duplicateName(name: "report", existingSource: good, path: duplicate),
        ])
    }

    @Test func anUnreadableFileIsReported() {
        var corpus = Corpus()
        let outcome = DocumentLoader(files: UnreadableFiles()).load(["locked.md"], into: &corpus)
        #expect(outcome.failures == [.unreadable(path: "locked.md", reason: "permission denied")])
        #expect(corpus.documents.isEmpty)
    }

    @Test func aNameOptionNeedsOneFile() throws {
        let files = try Fixtures()
        try files.write("a.md", "A.")
        try files.write("b.md", "B.")
        var corpus = Corpus()
        let outcome = loader.load([files.folder], options: LoadOptions(name: "x"), into: &corpus)
        #expect(outcome.failures == [.optionNeedsOneFile(option: "--name", count: 2)])
        #expect(corpus.documents.isEmpty)
    }

    @Test(arguments: ["two words", "$3", "", "-dash", "a§b"])
    func rejectsNamesThatCannotBeCited(name: String) throws {
        let files = try Fixtures()
        let path = try files.write("a.md", "A.")
        var corpus = Corpus()
        let outcome = loader.load([path], options: LoadOptions(name: name), into: &corpus)
        #expect(outcome.failures == [.invalidName(name)])
    }

    @Test func theSamplesAreWellFormed() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples").path
        var corpus = Corpus()
        let outcome = loader.load([samples], into: &corpus)
        #expect(outcome.failures.isEmpty && outcome.warnings.isEmpty)
        #expect(corpus.documents.map(\.name).sorted() == ["news", "report", "response", "statement", "survey-2022"])
        for name in ["response", "statement"] {
            let document = try #require(corpus.document(named: name))
            #expect(document.invariantViolations() == [])
            #expect(document.date?.description == "2023-11-10")
            #expect(document.origins.title == .frontMatter)
        }
        // The real report, as published: its title from its first page, its date the PDF's.
        let report = try #require(corpus.document(named: "report"))
        #expect(report.invariantViolations() == [])
        #expect(report.title == "Area SEND inspection of Hertfordshire Local Area Partnership")
        #expect(report.date?.description == "2023-11-09" && report.origins.date == .pdfCreated)
        #expect((3_500...4_500).contains(report.wordCount))
    }

    @Test func loadingOrderDoesNotChangeCitations() throws {
        let files = try Fixtures()
        let a = try files.write("a.md", "# One\n\nFirst. Second.\n\n## Two\n\nThird.")
        let b = try files.write("b.txt", "Alpha beta.\n\nGamma.")
        for order in [[a, b], [b, a]] {
            var corpus = Corpus()
            _ = loader.load(order, into: &corpus)
            #expect(corpus.document(named: "a")?.passages.map(\.citation.description) == ["a §1 ¶1.1", "a §1 ¶1.2", "a §2 ¶1.1"])
            #expect(corpus.document(named: "b")?.passages.map(\.citation.description) == ["b ¶1.1", "b ¶2.1"])
        }
    }
}
