import CHTMLText

/// The readable part of a web page: headings and paragraphs, list items and table cells apart,
/// without scripts, navigation, forms, cookie banners or adverts (libxml2 does the parsing).
enum HTMLReader {
    struct Page {
        var blocks: [Block]
        var title: String?
        var published: Day?
    }

    static func read(_ text: String) -> Page? {
        var text = text
        return text.withUTF8 { bytes -> Page? in
            let pointer = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
            guard let parsed = shtml_parse(pointer, bytes.count) else { return nil }
            defer { shtml_free(parsed) }
            var blocks: [Block] = []
            for index in 0..<parsed.pointee.count {
                let block = parsed.pointee.blocks[index]
                let words = String(cString: block.text).replacingNoBreakSpaces().collapsingWhitespace()
                guard !words.isEmpty else { continue }
                blocks.append(block.level > 0 ? .heading(level: Int(block.level), text: words) : .paragraph(words))
            }
            let title = parsed.pointee.title.map { String(cString: $0).replacingNoBreakSpaces().collapsingWhitespace() }
            let published = parsed.pointee.published.flatMap { Day.parse(String(String(cString: $0).prefix(10))) }
            return Page(blocks: blocks, title: title?.isEmpty == false ? title : nil, published: published)
        }
    }
}

extension String {
    func replacingNoBreakSpaces() -> String {
        guard unicodeScalars.contains("\u{A0}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }
}
