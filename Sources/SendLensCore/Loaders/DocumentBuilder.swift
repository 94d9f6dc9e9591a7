/// Numbers a document's blocks into sections, paragraphs and sentences, giving every passage its
/// citation.
struct DocumentBuilder {
    let name: String

    func build(_ blocks: [Block]) -> (sections: [Section], passages: [Passage]) {
        var sections: [Section] = []
        var passages: [Passage] = []
        var headingStack: [(level: Int, title: String)] = []
        var current = (number: 0, title: "", level: 0, path: [String](), start: 0)
        var paragraph = 0
        var page: Int?
        var pageParagraph = 0

        func add(_ text: String, paragraph: Int, sentence: Int) {
            // A PDF's passages are cited by page, as a reader holding the printout would look for them.
            let citation = page.map { Citation(document: name, page: $0, paragraph: pageParagraph, sentence: sentence) }
                ?? Citation(document: name, section: current.number, paragraph: paragraph, sentence: sentence)
            passages.append(Passage(citation: citation, text: text, index: passages.count, section: current.number))
        }

        func closeSection() {
            let range = current.start..<passages.count
            if current.number > 0 || !range.isEmpty {
                sections.append(Section(number: current.number, title: current.title, level: current.level,
                                        headingPath: current.path, passageRange: range))
            }
        }

        for block in blocks {
            switch block {
            case .heading(let level, let text):
                closeSection()
                while let last = headingStack.last, last.level >= level { headingStack.removeLast() }
                headingStack.append((level, text))
                current = (current.number + 1, text, level, headingStack.map(\.title), passages.count)
                paragraph = 0
            case .page(let number):
                page = number
                pageParagraph = 0
            case .paragraph(let text):
                paragraph += 1
                pageParagraph += 1
                var sentence = 0
                var turned = 0
                let (sentences, breaks) = Self.sentences(of: text)
                for (sentenceText, pagesTurned) in sentences {
                    if pagesTurned > 0 {
                        // The paragraph ran on to the next page: what is printed there is counted
                        // from that page's first paragraph, as a reader holding the printout would.
                        turned += pagesTurned
                        page = page.map { $0 + pagesTurned }
                        pageParagraph = 1
                        sentence = 0
                    }
                    sentence += 1
                    add(sentenceText, paragraph: paragraph, sentence: sentence)
                }
                // A sentence cut by the page is cited where it starts; the page still turned.
                if breaks > turned {
                    page = page.map { $0 + breaks - turned }
                    pageParagraph = 1
                }
            case .row(let text):
                paragraph += 1
                pageParagraph += 1
                add(text.replacingOccurrences(of: "\u{0C}", with: "").collapsingWhitespace(), paragraph: paragraph, sentence: 1)
            }
        }
        closeSection()
        return (sections, passages)
    }

    /// A paragraph's sentences, each with the number of page breaks (form feeds) between the
    /// start of the sentence before it and its own start; and how many breaks the paragraph holds.
    static func sentences(of text: String) -> (sentences: [(String, Int)], breaks: Int) {
        // Only a PDF's paragraphs hold form feeds: every other paragraph is looked at once, quickly.
        guard text.holds(byte: 0x0C) else {
            return (SentenceSplitter.split(text.collapsingWhitespace()).map { ($0, 0) }, 0)
        }
        var joined = ""
        var breaks: [Int] = []
        for (offset, part) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
            let words = String(part).collapsingWhitespace()
            if offset > 0 { breaks.append(joined.utf8.count) }
            if !joined.isEmpty, !words.isEmpty, !joined.hasSuffix(" ") { joined += " " }
            joined += words
        }
        var result: [(String, Int)] = []
        var cursor = joined.startIndex
        var turned = 0
        for sentence in SentenceSplitter.split(joined) {
            let found = joined.range(of: sentence, range: cursor..<joined.endIndex)
            let start = found.map { joined.utf8.distance(from: joined.startIndex, to: $0.lowerBound) } ?? 0
            let before = breaks.filter { $0 <= start }.count
            result.append((sentence, before - turned))
            turned = before
            if let found { cursor = found.upperBound }
        }
        return (result, breaks.count)
    }
}
