/// A PDF's text as `pdftohtml -xml -fontfullname` lays it out: for every page, runs of text with
/// their position, size and font. Columns that poppler printed as one run (two cells of a table
/// on one line, with a wide space between) are split into runs of their own.
struct PopplerXML {
    struct Font: Equatable, Sendable {
        var size: Double
        var bold: Bool
    }

    /// One run of text on one line, in the page's coordinates (top left is 0, 0).
    struct Run: Equatable, Sendable {
        var top: Double
        var left: Double
        var width: Double
        var height: Double
        var font: Font
        var text: String
        /// Split from the run before it at a wide space: the start of another column, perhaps.
        var startsColumn = false

        var right: Double { left + width }
        var bottom: Double { top + height }
        var middle: Double { top + height / 2 }
    }

    struct Page: Equatable, Sendable {
        var number: Int
        var width: Double
        var height: Double
        var runs: [Run]
    }

    var pages: [Page]

    init(pages: [Page]) {
        self.pages = pages
    }

    /// Reads the XML pdftohtml writes. It is regular enough (one element per line, attributes
    /// always quoted and in the same order) that a scanner reads it faster than a parser would.
    init(parsing xml: String) {
        var pages: [Page] = []
        var fonts: [String: Font] = [:]
        for line in xml.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = line.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("<text ") {
                guard !pages.isEmpty, let close = line.firstIndex(of: ">") else { continue }
                let attributes = Self.attributes(line[..<close])
                guard let top = attributes["top"].flatMap(Double.init), let left = attributes["left"].flatMap(Double.init),
                      let width = attributes["width"].flatMap(Double.init), let height = attributes["height"].flatMap(Double.init)
                else { continue }
                var body = line[line.index(after: close)...]
                if body.hasSuffix("</text>") { body = body.dropLast(7) }
                let markedBold = body.contains("<b>")
                let text = Self.decodeEntities(Self.strippingTags(body))
                guard !text.isEmpty else { continue }
                var font = attributes["font"].flatMap { fonts[$0] } ?? Font(size: height, bold: false)
                font.bold = font.bold || markedBold
                let run = Run(top: top, left: left, width: width, height: height, font: font, text: text)
                pages[pages.count - 1].runs.append(contentsOf: Self.splitAtWideSpaces(run))
            } else if line.hasPrefix("<fontspec ") {
                let attributes = Self.attributes(line)
                guard let id = attributes["id"], let size = attributes["size"].flatMap(Double.init) else { continue }
                let family = attributes["family"] ?? ""
                fonts[id] = Font(size: size, bold: family.contains("Bold") || family.contains("Black") || family.contains("Heavy"))
            } else if line.hasPrefix("<page ") {
                let attributes = Self.attributes(line)
                pages.append(Page(number: attributes["number"].flatMap(Int.init) ?? pages.count + 1,
                                  width: attributes["width"].flatMap(Double.init) ?? 0,
                                  height: attributes["height"].flatMap(Double.init) ?? 0, runs: []))
            }
        }
        self.pages = pages
    }

    /// `name="value"` pairs of one tag.
    private static func attributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag[...]
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let valueStart = equals.upperBound
            guard let quote = rest[valueStart...].firstIndex(of: "\"") else { break }
            result[name] = String(rest[valueStart..<quote])
            rest = rest[rest.index(after: quote)...]
        }
        return result
    }

    private static func strippingTags(_ body: Substring) -> String {
        guard body.contains("<") else { return String(body) }
        var result = ""
        var inTag = false
        for character in body {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result
    }

    private static let namedEntities: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                result.append("&")
                rest = after
                continue
            }
            let name = after[..<semicolon]
            if let value = namedEntities[name] {
                result += value
            } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "&" + name + ";"
            }
            rest = after[after.index(after: semicolon)...]
        }
        return result + rest
    }

    /// poppler joins text that shares a line into one run even across a table's columns, leaving
    /// two or more spaces between them; each column's text becomes a run of its own, placed by
    /// its share of the characters (the font is proportional, so this is close, not exact).
    static func splitAtWideSpaces(_ run: Run) -> [Run] {
        let characters = Array(run.text)
        guard characters.count > 3, run.text.contains("  ") else { return [run] }
        let trimmedEnd = characters.lastIndex(where: { $0 != " " }).map { $0 + 1 } ?? 0
        var pieces: [(start: Int, end: Int)] = []
        var start = 0
        var index = 0
        while index < trimmedEnd {
            if characters[index] == " ", index + 1 < trimmedEnd, characters[index + 1] == " ", index > start {
                var next = index
                while next < trimmedEnd, characters[next] == " " { next += 1 }
                pieces.append((start, next))
                start = next
                index = next
            } else {
                index += 1
            }
        }
        guard !pieces.isEmpty else { return [run] }
        pieces.append((start, characters.count))
        let perCharacter = run.width / Double(characters.count)
        return pieces.enumerated().map { offset, piece in
            var part = run
            var end = piece.end
            while end > piece.start + 1, characters[end - 1] == " " { end -= 1 }
            part.left = run.left + Double(piece.start) * perCharacter
            part.width = Double(end - piece.start) * perCharacter
            part.text = String(characters[piece.start..<end])
            part.startsColumn = offset > 0
            return part
        }
    }
}
