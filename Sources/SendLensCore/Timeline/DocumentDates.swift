/// Every date one document holds, and which of its passages report something done, read once
/// (at load, on the threads that parse the files) and kept small: 24 bytes a date, the words
/// themselves left in the passage and read back from it when asked.
///
///     let dates = DocumentDates(reading: document)
///     dates.mentions(at: 3, in: document.passages[3].text)   // as DateTagger finds them there
public struct DocumentDates: Sendable {
    /// The day relative dates were counted from: the document's date when it was read.
    let anchor: Day?
    private var packed: [Packed] = []
    /// Passage n's dates are `packed[starts[n]..<starts[n + 1]]`.
    private var starts: [Int32] = []
    /// One bit a passage: whether it reports something done.
    private var done: [UInt64] = []
    /// The lengths of waits and repeats ("P18M"), each kept once.
    private var lengths: [String] = []

    /// A mention without its words: where they are, and what they mean, in integers.
    private struct Packed {
        var spanStart: Int32, spanEnd: Int32
        /// Days since 1970 (`Day.ordinal`); `Int32.min` for none.
        var start: Int32, end: Int32, anchor: Int32
        /// 1 + its place in `lengths`; 0 for none.
        var length: UInt16
        var kind: UInt8, grain: UInt8
    }

    init(reading document: Document) {
        self.init(reading: document.passages.lazy.map(\.text), anchor: document.date)
    }

    init(reading texts: some Collection<String>, anchor: Day?) {
        self.anchor = anchor
        let tagger = DateTagger(anchor: anchor)
        var matcher = DateMatcher(grammar: tagger.grammar)
        var events = DateEvents(grammar: tagger.grammar)
        var lengthPlaces: [String: UInt16] = [:]
        starts.reserveCapacity(texts.count + 1)
        done = Array(repeating: 0, count: (texts.count + 63) / 64)
        for (index, text) in texts.enumerated() {
            starts.append(Int32(packed.count))
            let (mentions, reportsDone) = tagger.read(text, askingWhetherDone: true, matcher: &matcher, events: &events)
            if reportsDone { done[index / 64] |= 1 << UInt64(index % 64) }
            for mention in mentions {
                var length: UInt16 = 0
                if let written = mention.length {
                    if let place = lengthPlaces[written] {
                        length = place
                    } else if lengths.count < Int(UInt16.max) {
                        lengths.append(written)
                        length = UInt16(lengths.count)
                        lengthPlaces[written] = length
                    }
                }
                packed.append(Packed(spanStart: Int32(mention.span.start), spanEnd: Int32(mention.span.end),
                                     start: Self.pack(mention.start), end: Self.pack(mention.end), anchor: Self.pack(mention.anchor),
                                     length: length, kind: Self.kinds.firstIndex(of: mention.kind).map(UInt8.init) ?? 0,
                                     grain: mention.grain.flatMap { Self.grains.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0))
            }
        }
        starts.append(Int32(packed.count))
        // Kept for as long as the document is: no room to grow.
        packed = packed.withUnsafeBufferPointer { Array($0) }
    }

    /// The bytes it keeps (not counting the allocator's own).
    var footprint: Int {
        packed.capacity * MemoryLayout<Packed>.stride + starts.capacity * 4 + done.capacity * 8
            + lengths.reduce(lengths.capacity * 16) { $0 + ($1.utf8.count > 15 ? $1.utf8.count : 0) }
    }

    var passageCount: Int { starts.count - 1 }

    /// Whether passage `index` holds any date.
    func holdsDates(_ index: Int) -> Bool {
        starts[index] != starts[index + 1]
    }

    /// Whether passage `index` reports something done ("our plan was submitted on 19 December").
    func reportsDone(_ index: Int) -> Bool {
        done[index / 64] & (1 << UInt64(index % 64)) != 0
    }

    /// Passage `index`'s dates, given its text, as the tagger found them.
    func mentions(at index: Int, in text: String) -> [DateMention] {
        let range = Int(starts[index])..<Int(starts[index + 1])
        guard !range.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            // Scalars to bytes, counted on through the passage once however many dates it holds.
            var (byte, scalar) = (0, Int32(0))
            func offset(ofScalar target: Int32) -> Int {
                while scalar < target, byte < bytes.count {
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
                return byte
            }
            return packed[range].map { mention in
                let from = offset(ofScalar: mention.spanStart), to = offset(ofScalar: mention.spanEnd)
                return DateMention(kind: Self.kinds[Int(mention.kind)], grain: mention.grain == 0 ? nil : Self.grains[Int(mention.grain) - 1],
                                   start: Self.unpack(mention.start), end: Self.unpack(mention.end),
                                   text: String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self),
                                   span: TextSpan(start: Int(mention.spanStart), end: Int(mention.spanEnd)),
                                   anchor: Self.unpack(mention.anchor), length: mention.length == 0 ? nil : lengths[Int(mention.length) - 1])
            }
        }
    }

    private static let kinds = DateMention.Kind.allCases
    private static let grains: [DateMention.Grain] = [.day, .month, .year]

    private static func pack(_ day: Day?) -> Int32 {
        day.map { Int32($0.ordinal) } ?? Int32.min
    }

    private static func unpack(_ ordinal: Int32) -> Day? {
        ordinal == Int32.min ? nil : Day(ordinal: Int(ordinal))
    }
}
