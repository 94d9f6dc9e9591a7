/// A number of 0 or more, or none, kept in four bytes (a larger one than `Int32.max` as that).
@propertyWrapper
public struct FourBytes: Sendable, Hashable {
    private var stored: Int32 = -1

    public init(wrappedValue: Int?) {
        self.wrappedValue = wrappedValue
    }

    public var wrappedValue: Int? {
        get { stored < 0 ? nil : Int(stored) }
        set { stored = newValue.map { Int32(clamping: max(0, $0)) } ?? -1 }
    }
}

/// A short, stable reference to a passage that a person can read and type back.
///
/// `report §4 ¶2.1` is section 4, paragraph 2, sentence 1 of the document named `report`;
/// `report p.5 ¶3.1` is a paragraph on page 5 of a PDF; `statement ¶3.2` a paragraph before any heading.
/// A citation may stop early to name more than one passage: `report §4 ¶2` is the whole paragraph,
/// `report §4` the section.
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    public var document: String
    // Every passage holds its citation, so its numbers are kept in four bytes each (an `Int?`
    // takes sixteen): 56 bytes a passage less, a tenth of the corpus's memory.
    @FourBytes public var page: Int?
    @FourBytes public var section: Int?
    @FourBytes public var paragraph: Int?
    @FourBytes public var sentence: Int?

    /// The largest number a citation holds; `parse` reads no larger.
    public static let largestNumber = Int(Int32.max)

    public init(document: String, page: Int? = nil, section: Int? = nil, paragraph: Int? = nil, sentence: Int? = nil) {
        self.document = document
        self.page = page
        // Text before the first heading is in no section: printed and read back without one.
        self.section = section == 0 ? nil : section
        self.paragraph = paragraph
        self.sentence = sentence
    }

    public var description: String {
        // Written straight into one string: a timeline of a large corpus cites hundreds of thousands.
        var text = document
        if let page { text += " p." + String(page) }
        if let section, section > 0 { text += " §" + String(section) }
        if let paragraph {
            text += " ¶" + String(paragraph)
            if let sentence { text += "." + String(sentence) }
        }
        return text
    }

    /// Whether `other` is this citation or lies inside it (a sentence inside a named paragraph).
    public func contains(_ other: Citation) -> Bool {
        guard document == other.document else { return false }
        if let page, page != other.page { return false }
        if let section, section != (other.section ?? 0) { return false }
        if let paragraph, paragraph != other.paragraph { return false }
        if let sentence, sentence != other.sentence { return false }
        return true
    }

    /// Reads a citation as printed, or as typed without the special signs:
    /// `report §4 ¶2.1`, `report s4 2.1`, `report p.5 ¶3`, `report page 5 3.1`, `statement 3.2`.
    /// Returns nil when the text is not a citation.
    public static func parse(_ text: String) -> Citation? {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return nil }
        var citation = Citation(document: words.removeFirst())
        var pending: String?   // "page", "section" or "para" waiting for its number
        for word in words {
            var word = word.lowercased()
            if let label = pending {
                pending = nil
                word = label + word
            }
            if ["page", "p", "p."].contains(word) { pending = "p."; continue }
            if ["section", "sec", "s", "§"].contains(word) { pending = "§"; continue }
            if ["para", "paragraph", "¶"].contains(word) { pending = "¶"; continue }

            if let number = number(after: ["p.", "page", "p"], in: word) {
                guard citation.page == nil, citation.section == nil, citation.paragraph == nil else { return nil }
                citation.page = number
            } else if let number = number(after: ["§", "section", "sec", "s"], in: word) {
                guard citation.section == nil, citation.paragraph == nil else { return nil }
                citation.section = number
            } else if let (paragraph, sentence) = paragraphAndSentence(word) {
                guard citation.paragraph == nil else { return nil }
                citation.paragraph = paragraph
                citation.sentence = sentence
            } else {
                return nil
            }
        }
        return pending == nil ? citation : nil
    }

    private static func number(after labels: [String], in word: String) -> Int? {
        for label in labels where word.hasPrefix(label) {
            let digits = word.dropFirst(label.count)
            if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits), value <= largestNumber { return value }
        }
        return nil
    }

    private static func paragraphAndSentence(_ word: String) -> (Int, Int?)? {
        var body = Substring(word)
        for label in ["¶", "para", "pp"] where body.hasPrefix(label) {
            body = body.dropFirst(label.count)
            break
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let paragraph = Int(parts[0]), paragraph <= largestNumber else { return nil }
        guard parts.count == 2 else { return (paragraph, nil) }
        guard let sentence = Int(parts[1]), sentence <= largestNumber else { return nil }
        return (paragraph, sentence)
    }
}

/// In JSON a citation is both its text, to read and paste, and its parts, to sort and filter by:
/// `{"text": "report §4 ¶2.1", "document": "report", "section": 4, "paragraph": 2, "sentence": 1}`.
/// Decoding reads the parts.
extension Citation: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, document, page, section, paragraph, sentence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(description, forKey: .text)
        try container.encode(document, forKey: .document)
        try container.encodeIfPresent(page, forKey: .page)
        try container.encodeIfPresent(section, forKey: .section)
        try container.encodeIfPresent(paragraph, forKey: .paragraph)
        try container.encodeIfPresent(sentence, forKey: .sentence)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try container.decode(String.self, forKey: .document),
                  page: try container.decodeIfPresent(Int32.self, forKey: .page).map(Int.init),
                  section: try container.decodeIfPresent(Int32.self, forKey: .section).map(Int.init),
                  paragraph: try container.decodeIfPresent(Int32.self, forKey: .paragraph).map(Int.init),
                  sentence: try container.decodeIfPresent(Int32.self, forKey: .sentence).map(Int.init))
    }
}
