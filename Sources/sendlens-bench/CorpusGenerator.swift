import Foundation

/// A seeded generator of English-like SEND documents: the same seed and size always give the
/// same files. Sentences mix the domain's phrases with a long tail of ordinary words, so common
/// words are common and rare ones rare, as in real reports.
struct CorpusGenerator {
    private var random: SplitMix64
    private let tail: [String]

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        var syllables = SplitMix64(seed: seed ^ 0x5EED)
        let parts = ["ca", "re", "for", "min", "tal", "pro", "vi", "sion", "ed", "u", "ment", "ly", "ser", "ces", "ther", "ap",
                     "ad", "ven", "ture", "com", "mun", "i", "ty", "lo", "cal", "part", "ner", "ship", "sup", "port", "ing"]
        tail = (0..<4000).map { _ in
            (0..<(2 + Int(syllables.next() % 3))).map { _ in parts[Int(syllables.next() % UInt64(parts.count))] }.joined()
        }
    }

    static let subjects = [
        "Too many children and young people with SEND", "Leaders across the partnership", "Families", "The local authority",
        "Schools and colleges", "The integrated care board", "Parents and carers", "Health professionals", "The SENCO",
        "Young people preparing for adulthood", "Inspectors", "The parent carer forum", "Social care teams", "Some children",
    ]
    static let verbs = [
        "wait too long for", "do not receive", "must improve", "have started to review", "told inspectors about",
        "are waiting for", "waited more than 78 weeks for", "need better access to", "will publish plans for",
        "have not had", "welcome the changes to", "struggle to find", "are assessed late for", "depend on",
    ]
    static let objects = [
        "speech and language therapy", "an EHC needs assessment", "a specialist school place", "CAMHS support",
        "autism and ADHD assessment", "education, health and care plans", "the priority action plan", "annual reviews",
        "alternative provision", "occupational therapy", "short breaks", "a named caseworker", "the data dashboard",
        "transition to adult services", "tribunal appeals", "part-time timetables", "home education", "the Local Offer",
    ]
    static let tails = [
        "within 20 weeks", "since September 2022", "by March 2025", "in 2023", "across the county", "while they wait",
        "in mainstream schools", "at every stage", "within 35 days", "before the monitoring inspection", "each month",
    ]

    /// One Markdown document of about `bytes` bytes.
    mutating func document(number: Int, bytes: Int) -> String {
        var text = "---\ntitle: Generated document \(number)\nkind: \(number % 2 == 0 ? "report" : "response")\ndate: 2023-11-10\n---\n"
        text += "# Generated document \(number)\n\n"
        var paragraphs = 0
        while text.utf8.count < bytes {
            if paragraphs % 12 == 0 { text += "## Section \(paragraphs / 12 + 1) \(word()) \(word())\n\n" }
            let sentences = 2 + Int(random.next() % 4)
            text += (0..<sentences).map { _ in sentence() }.joined(separator: " ") + "\n\n"
            paragraphs += 1
        }
        return text
    }

    private mutating func sentence() -> String {
        var words = [pick(Self.subjects), pick(Self.verbs), pick(Self.objects)]
        for _ in 0..<(3 + Int(random.next() % 9)) { words.append(word()) }
        if random.next() % 2 == 0 { words.append(pick(Self.tails)) }
        return words.joined(separator: " ") + "."
    }

    /// A tail word, Zipf-like: low indexes are far more frequent.
    private mutating func word() -> String {
        let uniform = Double(random.next() % 1_000_000) / 1_000_000
        let index = Int(pow(Double(tail.count), uniform)) - 1
        return tail[max(0, min(tail.count - 1, index))]
    }

    /// A word the generator uses rarely, for the selective query.
    var rareWord: String { tail[tail.count - 7] }

    private mutating func pick(_ choices: [String]) -> String {
        choices[Int(random.next() % UInt64(choices.count))]
    }
}

struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
