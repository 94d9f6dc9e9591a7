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
        #expect(page.title == "Panel meets")   // the page's own heading before <title>
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

    @Test func theRealReportReadsAsPrinted() throws {
        var corpus = Corpus()
        let outcome = DocumentLoader(environment: Self.uncached).load([samples + "/report.pdf"], into: &corpus)
        #expect(outcome.failures.isEmpty && outcome.warnings.isEmpty)
        let pdf = try #require(corpus.document(named: "report"))
        #expect(pdf.format == .pdf && pdf.kind == .report)
        #expect(pdf.title == "Area SEND inspection of Hertfordshire Local Area Partnership")
        // The text gives only the inspection's dates; the file was made the day before publication.
        #expect(pdf.date?.description == "2023-11-09" && pdf.origins.date == .pdfCreated)
        #expect(pdf.sections.map(\.title) == [
            "Area SEND inspection of Hertfordshire Local Area Partnership", "Inspection outcome",
            "Information about the local area partnership",
            "What is it like to be a child or young person with SEND in this area?",
            "What is the area partnership doing that is effective?", "What does the area partnership need to do better?",
            "Areas for priority action", "Areas for improvement", "Local area partnership details",
            "Information about this inspection", "Inspection team", "About this publication",
        ])
        // Each bulleted finding is a paragraph of its own, without its glyph.
        let effective = pdf.passages[try #require(pdf.section(numbered: 5)).passageRange]
        #expect(effective.first?.text == "Area leaders have correctly identified the challenges facing the provision for SEND in Hertfordshire.")
        let quality = ReportQuality.check(pdf, pdf: samples + "/report.pdf")
        #expect(quality.bullets == 27 && quality.gluedBullets == [])
        #expect(!pdf.passages.contains { $0.text.contains("◼") })
        // The priority actions are read row by row, each cell named by its column.
        let actions = pdf.passages[try #require(pdf.section(numbered: 7)).passageRange].map(\.text)
        #expect(actions == [
            "Responsible body: Hertfordshire County Council and NHS Hertfordshire and West Essex Integrated Care Board; "
                + "Areas for priority action: Leaders should act with urgency to accelerate their data dashboard work so that they "
                + "have a shared, accurate understanding of the exact provision for SEND in Hertfordshire, and of its quality, so "
                + "that they can target coherent activity where it is needed most.",
            "Responsible body: Hertfordshire County Council and NHS Hertfordshire and West Essex Integrated Care Board; "
                + "Areas for priority action: Leaders should work more collaboratively and in partnership across all of SEND "
                + "provision, with secure governance and quality assurance arrangements in place, and with a particular urgent "
                + "focus on addressing the areas leaders have identified in their strategy for SEND.",
        ])
        // Hyphens the report printed stay; running footers and page numbers are gone.
        #expect(pdf.passages.contains { $0.text.contains("to co-produce, review and develop") })
        #expect(!pdf.passages.contains { $0.text.contains("Area SEND inspection report:") })
        // Sections and pages both open on a PDF, and a passage is cited with the page it is printed on.
        #expect(pdf.passages(at: try #require(Citation.parse("report §7"))).count == 2)
        #expect(pdf.passages(at: try #require(Citation.parse("report p.5 ¶2.1"))).first?.text
                == "Area leaders have correctly identified the challenges facing the provision for SEND in Hertfordshire.")
        let monitoring = try #require(pdf.passages.first { $0.text.hasPrefix("A monitoring inspection will be carried out") })
        #expect(monitoring.citation.description == "report p.1 ¶4.1")
        #expect(pdf.invariantViolations() == [])
    }

    /// Readings are not taken from or left in the user's cache.
    static let uncached = ProcessInfo.processInfo.environment.merging(["SENDLENS_NO_CACHE": "1"]) { $1 }

    /// A page as pdftohtml writes it: body text at size 18 from x 85 to about 800, in runs of a line each.
    static func page(_ number: Int, fonts: String = "", _ runs: [String]) -> String {
        """
        <page number="\(number)" position="absolute" top="0" left="0" height="1258" width="887">
        \(fonts)
        <text top="1205" left="89" width="300" height="18" font="1">Area SEND inspection report: Testshire</text>
        <text top="1205" left="779" width="19" height="36" font="3"><b>\(number)</b></text>
        \(runs.joined(separator: "\n"))
        </page>
        """
    }

    static func run(_ top: Int, _ left: Int, _ width: Int, _ text: String, font: Int = 0) -> String {
        "<text top=\"\(top)\" left=\"\(left)\" width=\"\(width)\" height=\"22\" font=\"\(font)\">\(text)</text>"
    }

    @Test func layoutGivesHeadingsBulletsTablesAndPages() {
        let fonts = """
        <fontspec id="0" size="18" family="ABC+Tahoma" color="#000000"/>
        <fontspec id="1" size="15" family="ABC+Tahoma" color="#000000"/>
        <fontspec id="2" size="21" family="ABC+Tahoma-Bold" color="#000000"/>
        <fontspec id="3" size="30" family="ABC+Tahoma-Bold" color="#000000"/>
        <fontspec id="4" size="18" family="ABC+Tahoma-Bold" color="#000000"/>
        <fontspec id="5" size="39" family="ABC+Tahoma" color="#000000"/>
        """
        let first = Self.page(1, fonts: fonts, [
            Self.run(196, 85, 600, "Area SEND inspection of Testshire", font: 5),
            Self.run(300, 85, 300, "Findings", font: 2),
            Self.run(340, 85, 700, "Leaders work with the parent carer forum to co-"),
            Self.run(362, 85, 300, "produce the strategy. Families wait."),
            Self.run(400, 112, 13, "◼"),
            Self.run(398, 138, 640, "Too many children wait too long for an assessment of"),
            Self.run(420, 138, 200, "their needs."),
            Self.run(452, 112, 13, "◼"),
            Self.run(450, 138, 300, "Plans are often late."),
            Self.run(500, 94, 160, "Responsible body", font: 4),
            Self.run(500, 335, 220, "Areas for priority action", font: 4),
            Self.run(524, 94, 150, "Testshire Council"),
            Self.run(524, 335, 440, "Leaders should act with urgency to share"),
            Self.run(546, 335, 200, "their data."),
            Self.run(600, 85, 720, "The partnership has begun to address the delays that families describe, and its"),
        ])
        let second = Self.page(2, [
            Self.run(138, 85, 400, "plans are now reviewed each month."),
            Self.run(180, 85, 300, "A new paragraph starts here."),
        ])
        let xml = "<pdf2xml>\n" + first + "\n" + second + "\n</pdf2xml>"
        let blocks = PDFLayout(PopplerXML(parsing: xml)).blocks()
        #expect(blocks == [
            .page(1),
            .heading(level: 1, text: "Area SEND inspection of Testshire"),
            .heading(level: 2, text: "Findings"),
            .paragraph("Leaders work with the parent carer forum to co-produce the strategy. Families wait."),
            .paragraph("Too many children wait too long for an assessment of their needs."),
            .paragraph("Plans are often late."),
            .row("Responsible body: Testshire Council; Areas for priority action: Leaders should act with urgency to share their data."),
            .paragraph("The partnership has begun to address the delays that families describe, and its \u{0C}plans are now reviewed each month."),
            .paragraph("A new paragraph starts here."),
        ])
        // The sentence that runs over the page is cited on the page where it starts; the next
        // paragraph is the second on page 2.
        let (_, passages) = DocumentBuilder(name: "t").build(blocks)
        #expect(passages.suffix(2).map(\.citation.description) == ["t p.1 ¶5.1", "t p.2 ¶2.1"])
    }

    @Test func webPageClutterIsNeverATitleOrAHeading() throws {
        let files = try Fixtures()
        let page = try files.write("article.html", """
        <!DOCTYPE html><html><head><title>Council sets out SEND plan | Herts Mercury</title>
        <meta property="og:title" content="Council sets out SEND plan - Herts Mercury"></head><body>
        <p><a href="#main">Skip to main content</a></p><h2>Advertisement Hide Ad</h2>
        <h1>Council sets out its SEND plan</h1><p>The council published its plan on Friday.</p>
        <p>Visit Shots! now</p><p>Share</p></body></html>
        """)
        let plain = try files.write("plain.html", "<html><head><title>Waiting lists grow – The Gazette</title></head><body><p>Skip to content</p><p>Lists grew again.</p></body></html>")
        var corpus = Corpus()
        let outcome = DocumentLoader().load([page, plain], into: &corpus)
        #expect(outcome.failures.isEmpty)
        let article = try #require(corpus.document(named: "article"))
        #expect(article.title == "Council sets out SEND plan")
        #expect(article.sections.map(\.title) == ["Council sets out its SEND plan"])
        #expect(article.passages.map(\.text) == ["The council published its plan on Friday."])
        let other = try #require(corpus.document(named: "plain"))
        #expect(other.title == "Waiting lists grow" && other.passages.map(\.text) == ["Lists grew again."])
    }

    /// Every byte read as a reader would: a stray NUL does not cut a page short or make it
    /// "binary", and elements nested deeper than libxml2's usual 256 are read to the end.
    @Test func strayNulsAndDeepNestingAreReadToTheEnd() throws {
        let files = try Fixtures()
        let nul = try files.write("nul.html", "<html><body><p>First part.</p>\u{0}<p>After the NUL.</p></body></html>")
        let deep = try files.write("deep.html", "<html><body>" + String(repeating: "<div>", count: 20_000) + "<p>Deep text.</p>"
            + String(repeating: "</div>", count: 20_000) + "<p>The end.</p></body></html>")
        var corpus = Corpus()
        let outcome = DocumentLoader().load([nul, deep], into: &corpus)
        #expect(outcome.failures.isEmpty)
        #expect(corpus.document(named: "nul")?.passages.map(\.text) == ["First part.", "After the NUL."])
        #expect(corpus.document(named: "deep")?.passages.map(\.text) == ["Deep text.", "The end."])
        // Many NULs are still a binary file.
        #expect(TextDecoding.looksBinary([UInt8](repeating: 0, count: 40) + Array("text".utf8)))
    }

    /// A byline is never a title or a heading; a news page's furniture in copied text is not text.
    @Test func bylinesAndCopiedPageFurnitureAreNotHeadingsOrText() throws {
        let files = try Fixtures()
        let page = try files.write("byline.html", """
        <html><head><title>Families wait | News</title></head><body><h2>By Jane Smith, Education reporter</h2>
        <h1>Families wait too long for help</h1><p>Inspectors found long waits.</p></body></html>
        """)
        let copied = try files.write("copied.txt", """
        Council's SEND service gets lowest rating

          • Published
        classroomImage source, Getty Images
        Image caption,

        By Jane Smith

        Inspectors found that children wait too long.

        The council has apologised to families.
        """)
        var corpus = Corpus()
        let outcome = DocumentLoader().load([page, copied], into: &corpus)
        #expect(outcome.failures.isEmpty)
        let html = try #require(corpus.document(named: "byline"))
        #expect(html.title == "Families wait too long for help")
        #expect(!html.sections.map(\.title).contains { $0.hasPrefix("By ") })
        let text = try #require(corpus.document(named: "copied"))
        #expect(text.title == "Council's SEND service gets lowest rating")
        #expect(text.sections.map(\.title) == ["Council's SEND service gets lowest rating"])
        #expect(text.passages.map(\.text) == ["By Jane Smith", "Inspectors found that children wait too long.",
                                               "The council has apologised to families."])
        #expect(WebClutter.isByline("By Jane Smith and Ali Khan, BBC News"))
        #expect(!WebClutter.isByline("By the end of March we will publish the plan"))
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
