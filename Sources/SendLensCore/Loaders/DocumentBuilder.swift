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
                for (offset, sentence) in SentenceSplitter.split(text.collapsingWhitespace()).enumerated() {
                    // A PDF's passages are cited by page, as a reader holding the printout would look for them.
                    let citation = page.map { Citation(document: name, page: $0, paragraph: pageParagraph, sentence: offset + 1) }
                        ?? Citation(document: name, section: current.number, paragraph: paragraph, sentence: offset + 1)
                    passages.append(Passage(citation: citation, text: sentence, index: passages.count,
                                            section: current.number))
                }
            }
        }
        closeSection()
        return (sections, passages)
    }
}
