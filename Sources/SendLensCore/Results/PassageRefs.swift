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

/// Passages in order, kept small: each document's name once, each passage in eight bytes, so a
/// result listing every match in a large corpus costs little to keep.
///
///     let refs = PassageRefs([PassageRef(document: "report", passage: 3)])
///     refs[0].passage   // 3
public struct PassageRefs: RandomAccessCollection, Sendable, Hashable {
    private var names: [String] = []
    /// The name's position in `names` in the high 32 bits, the passage's in the low.
    private var packed: [UInt64] = []

    public init() {}

    public init(_ references: some Sequence<PassageRef>) {
        var positions: [String: UInt64] = [:]
        for reference in references {
            let name = positions[reference.document] ?? {
                names.append(reference.document)
                positions[reference.document] = UInt64(names.count - 1)
                return UInt64(names.count - 1)
            }()
            packed.append(name << 32 | UInt64(UInt32(truncatingIfNeeded: reference.passage)))
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { packed.count }

    public subscript(position: Int) -> PassageRef {
        let value = packed[position]
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
