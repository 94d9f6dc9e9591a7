/// A passage named by its document and its position there: what results keep instead of text.
/// The library turns it back into the passage, its citation and its text.
public struct PassageRef: Sendable, Hashable, Codable {
    public var document: String
    public var passage: Int

    public init(document: String, passage: Int) {
        self.document = document
        self.passage = passage
    }
}

/// Passages in order, kept small: each document's name once, and each passage in four bytes
/// (the name's position in the high bits, as few as the names need, the passage's in the rest),
/// or eight when a corpus is too large for that, so a result listing every match in a large
/// corpus costs little to keep.
///
///     let refs = PassageRefs([PassageRef(document: "report", passage: 3)])
///     refs[0].passage   // 3
public struct PassageRefs: RandomAccessCollection, Sendable, Hashable {
    private var names: [String] = []
    /// Bits of a packed value that hold the passage; the name's position is above them.
    private var passageBits = 32
    private var narrow: [UInt32] = []
    private var wide: [UInt64] = []

    public init() {}

    public init(_ references: some Sequence<PassageRef>) {
        var positions: [String: Int] = [:]
        var pairs: [(name: Int, passage: Int)] = []
        pairs.reserveCapacity(references.underestimatedCount)
        var largest = 0
        for reference in references {
            let name = positions[reference.document] ?? {
                names.append(reference.document)
                positions[reference.document] = names.count - 1
                return names.count - 1
            }()
            pairs.append((name, reference.passage))
            largest = Swift.max(largest, reference.passage)
        }
        let nameBits = Self.bits(for: names.count - 1)
        let needed = Self.bits(for: largest)
        if nameBits + needed <= 32 {
            passageBits = 32 - nameBits
            narrow = pairs.map { UInt32($0.name) << UInt32(passageBits) | UInt32($0.passage) }
        } else {
            wide = pairs.map { UInt64($0.name) << 32 | UInt64(UInt32(truncatingIfNeeded: $0.passage)) }
        }
    }

    /// Bits to write `value` (at least 1).
    private static func bits(for value: Int) -> Int {
        Swift.max(1, Int.bitWidth - Swift.max(0, value).leadingZeroBitCount)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { wide.isEmpty ? narrow.count : wide.count }

    public subscript(position: Int) -> PassageRef {
        if wide.isEmpty {
            let value = narrow[position]
            return PassageRef(document: names[Int(value >> UInt32(passageBits))], passage: Int(value & (UInt32.max >> UInt32(32 - passageBits))))
        }
        let value = wide[position]
        return PassageRef(document: names[Int(value >> 32)], passage: Int(value & 0xFFFF_FFFF))
    }
}

extension PassageRefs: Codable {
    /// With a `PassageLookup`, each passage also carries its citation and text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        let lookup = PassageLookup.from(encoder)
        for reference in self {
            guard let lookup else {
                try container.encode(reference)
                continue
            }
            try container.encode(Exported(reference: reference, citation: lookup.library.citation(of: reference),
                                          text: lookup.library.text(of: reference)))
        }
    }

    private struct Exported: Encodable {
        let reference: PassageRef
        let citation: Citation?
        let text: String?

        private enum CodingKeys: String, CodingKey {
            case document, passage, citation, text
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(reference.document, forKey: .document)
            try container.encode(reference.passage, forKey: .passage)
            try container.encodeIfPresent(citation, forKey: .citation)
            try container.encodeIfPresent(text, forKey: .text)
        }
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var references: [PassageRef] = []
        while !container.isAtEnd { references.append(try container.decode(PassageRef.self)) }
        self.init(references)
    }
}
