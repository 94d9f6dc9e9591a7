import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

struct HTMLReaderTests {
    @Test func keepsTheArticleAndDropsThePageAroundIt() throws {
        let page = try #require(HTMLReader.read("""
            <!DOCTYPE html><html><head><title>Waits &amp; delays</title>
            <meta property="article:published_time" content="2023-11-22T10:00:00Z"><style>p{}</style></head>
            <body><div class="cookie-banner"><p>We use cookies</p></div>
            <nav><a href="/">Home</a><a href="/news">News</a></nav>
            <script>var x = "<p>not text</p>";</script>
            <h1>Panel meets</h1><p>The panel met on 22&nbsp;November.<br>It noted the report.</p>
            <ul><li>First point</li><li>Second <b>bold</b> point</li></ul>
            <table><tr><td>Cell one</td><td>Cell two</td></tr></table>
            <div class="advert">Buy now</div><aside>Related</aside><footer>Footer text</footer>
            <form><label>Email</label></form></body></html>
            """))
        #expect(page.title == "Waits & delays")
        #expect(page.published?.description == "2023-11-22")
        #expect(page.blocks == [
            .heading(level: 1, text: "Panel meets"),
            .paragraph("The panel met on 22 November. It noted the report."),
            .paragraph("First point"), .paragraph("Second bold point"),
            .paragraph("Cell one"), .paragraph("Cell two"),
        ])
    }

    @Test func survivesBrokenMarkup() throws {
        let page = try #require(HTMLReader.read("<p>Unclosed <b>bold <i>and misnested</b> text</i><p>Second &copy; &#8217;quoted&#8217; &bogus; <div>Inside"))
        #expect(page.blocks == [.paragraph("Unclosed bold and misnested text"), .paragraph("Second © ’quoted’ &bogus;"), .paragraph("Inside")])
        #expect(page.title == nil)
    }

    @Test func timeElementsGiveTheDate() throws {
        let page = try #require(HTMLReader.read("<article><time datetime=\"2025-10-20\">20 October</time><p>Text.</p></article>"))
        #expect(page.published?.description == "2025-10-20")
    }
}

/// Small PDFs written byte by byte, with the xref table pdftotext expects.
enum PDFFixtures {
    static func pdf(_ objects: [String], trailer: String = "") -> [UInt8] {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailer)>>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    static let pageObjects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    static let scanned = pdf(pageObjects)
    static let locked = pdf(pageObjects + ["<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>"],
                            trailer: "/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ")
    static let broken = Array("%PDF-1.4\nthis is not really a pdf at all\n".utf8)
}

struct PDFLoadingTests {
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples").path

    @Test func theSampleReportReadsAsTheMarkdownDoes() throws {
        var corpus = Corpus()
        let outcome = DocumentLoader().load([samples + "/report.pdf", samples + "/report.md"], into: &corpus)
        #expect(outcome.failures.isEmpty && outcome.warnings.isEmpty)
        let pdf = try #require(corpus.document(named: "report"))
        let markdown = try #require(corpus.document(named: "report-md"))
        #expect(pdf.format == .pdf)
        // Running headers, page numbers and hyphens at line ends are gone: the same sentences remain.
        #expect(pdf.passages.map(\.text) == markdown.passages.map(\.text))
        #expect(pdf.sections.map(\.title) == markdown.sections.map(\.title))
        #expect(pdf.passages.allSatisfy { $0.citation.page != nil && $0.citation.section == nil })
        #expect(pdf.passages.first?.citation.description == "report p.1 ¶1.1")
        #expect(pdf.date?.description == "2023-11-10")
        #expect(pdf.invariantViolations() == [])
    }

    @Test func runningHeadersAndPageNumbersAreFound() {
        let bodies = ["Families wait too long for help.", "Plans are often late.", "Leaders must share data.", "Schools need more places."]
        let pages = bodies.enumerated().map { "County SEND report\n\n\($1)\n\nPage \($0 + 1) of 4\n" }
        #expect(PDFReader.blocks(fromPages: pages) == [.page(1), .paragraph(bodies[0]), .page(2), .paragraph(bodies[1]),
                                                      .page(3), .paragraph(bodies[2]), .page(4), .paragraph(bodies[3])])
        // A word broken at a line end is mended; a paragraph running on to the next page is kept whole.
        #expect(PDFReader.blocks(fromPages: ["Too many wait-\ning lists for\n", "therapy and help.\n"])
                == [.page(1), .paragraph("Too many waiting lists for therapy and help."), .page(2)])
    }

    @Test func badPDFsGetTheirOwnMessages() throws {
        let files = try Fixtures()
        let scanned = try files.write("scanned.pdf", bytes: PDFFixtures.scanned)
        let locked = try files.write("locked.pdf", bytes: PDFFixtures.locked)
        let broken = try files.write("broken.pdf", bytes: PDFFixtures.broken)
        let fake = try files.write("fake.pdf", "Just text in a file called .pdf")
        let empty = try files.write("empty.pdf", bytes: [])
        var corpus = Corpus()
        let outcome = DocumentLoader().load([scanned, locked, broken, fake, empty], into: &corpus)
        #expect(outcome.failures == [
            .pdfNoText(path: scanned), .pdfEncrypted(path: locked),
            .pdfUnreadable(path: broken, reason: "Syntax Error: Couldn't find trailer dictionary"),
            .notWhatItSays(path: fake, format: "PDF"), .empty(path: empty),
        ])
    }

    @Test func aMissingPdftotextIsNamed() throws {
        var corpus = Corpus()
        let outcome = DocumentLoader(environment: ["PATH": "/nonexistent"]).load([samples + "/report.pdf"], into: &corpus)
        #expect(outcome.failures == [.pdfToolMissing(path: samples + "/report.pdf")])
    }

    @Test func contentDecidesTheFormat() throws {
        let files = try Fixtures()
        let pdfAsText = try files.write("notes.txt", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: samples + "/report.pdf"))))
        let htmlAsMarkdown = try files.write("page.md", "<!DOCTYPE html><html><body><h1>Minutes</h1><p>The panel met.</p></body></html>")
        let emptyPage = try files.write("empty.html", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
        var corpus = Corpus()
        let outcome = DocumentLoader().load([pdfAsText, htmlAsMarkdown, emptyPage], into: &corpus)
        #expect(corpus.document(named: "notes")?.format == .pdf)
        #expect(corpus.document(named: "page")?.passages.map(\.text) == ["The panel met."])
        #expect(outcome.warnings == [.formatByContent(path: pdfAsText, format: "PDF"), .formatByContent(path: htmlAsMarkdown, format: "HTML")])
        #expect(outcome.failures == [.noReadableText(path: emptyPage)])
    }
}
