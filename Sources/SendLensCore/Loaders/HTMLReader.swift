import Foundation
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
                // A byline ("By Jane Smith, Education reporter") is never a heading.
                let heading = block.level > 0 && !WebClutter.isByline(words)
                blocks.append(heading ? .heading(level: Int(block.level), text: words) : .paragraph(words))
            }
            blocks.removeAll { block in
                switch block {
                case .heading(_, let text), .paragraph(let text): WebClutter.isClutter(text)
                default: false
                }
            }
            func words(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
                pointer.map { String(cString: $0).replacingNoBreakSpaces().collapsingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            }
            // The page's own name for itself: og:title, else its first top-level heading, else <title>,
            // without the site's name.
            let firstHeading = blocks.lazy.compactMap { block -> String? in
                if case .heading(1, let text) = block { text } else { nil }
            }.first
            let title = (words(parsed.pointee.og_title) ?? firstHeading ?? words(parsed.pointee.title)).map(WebClutter.withoutSiteName)
            let published = parsed.pointee.published.flatMap { Day.parse(String(String(cString: $0).prefix(10))) }
            return Page(blocks: blocks, title: title, published: published)
        }
    }
}

extension String {
    func replacingNoBreakSpaces() -> String {
        guard unicodeScalars.contains("\u{A0}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }
}

/// What web pages print around their text: links to skip to it, advert labels, share buttons.
enum WebClutter {
    private static let phrases: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "skip to main navigation", "jump to content",
        "advertisement", "hide ad", "advertisement hide ad", "visit shots! now", "share", "share this", "share this article",
        "share this page", "share on facebook", "share on twitter", "share on x", "share on linkedin", "copy link", "print this page",
        "accept all cookies", "reject all cookies", "accept cookies", "cookie settings", "manage cookies", "back to top",
    ]

    static func isClutter(_ text: String) -> Bool {
        let lowered = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters.subtracting(["!"])))
        return phrases.contains(lowered)
    }

    /// Lines a news page leaves in text copied from it: "Published", "Updated 2 hours ago",
    /// "Image source, Getty Images" (often glued to the picture's alt text), "Image caption,".
    static func isPageFurniture(_ line: String) -> Bool {
        let lowered = line.lowercased().trimmingCharacters(in: .whitespaces.union(["•", "·"]))
        if ["published", "updated", "image caption", "image caption,", "media caption", "media caption,", "related topics",
            "more on this story", "top stories"].contains(lowered) { return true }
        if lowered.hasPrefix("published ") || lowered.hasPrefix("updated "), lowered.count <= 40, !lowered.hasSuffix(".") { return true }
        return lowered.count <= 80 && lowered.contains("image source, ")
    }

    /// "By Jane Smith", "By Jane Smith and Ali Khan, BBC News": a short line naming who wrote it.
    static func isByline(_ line: String) -> Bool {
        guard line.hasPrefix("By "), line.count <= 80, !line.hasSuffix(".") else { return false }
        let who = line.dropFirst(3).split(separator: ",", maxSplits: 1).first ?? ""
        let names = who.split(separator: " ").filter { $0 != "and" && $0 != "&" }
        return (1...6).contains(names.count) && names.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Families wait too long - Hertfordshire Mercury" → "Families wait too long", when what is
    /// left is a headline of its own (three words or more).
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }
}
