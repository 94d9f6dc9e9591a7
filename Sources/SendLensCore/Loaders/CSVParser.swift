/// Reads CSV as survey tools export it: a header row, `,` or `;` between fields, quoted fields
/// with `""` for a quote and line breaks inside, CRLF or LF line ends.
///
///     try CSVParser.parse("id,answer\n1,\"Yes, mostly\"\n").rows   // [["1", "Yes, mostly"]]
struct CSVParser {
    struct Table: Equatable {
        var header: [String]
        var rows: [[String]]
        /// The line each row starts on, for messages.
        var lines: [Int]
        /// Rows that had more or fewer fields than the header, by line.
        var raggedLines: [Int]
        /// Lines starting with `#` before the header: notes about the data, such as where it came from.
        var notes: [String] = []
    }

    enum Problem: Error, Equatable {
        case unterminatedQuote(line: Int)
        case noHeader
        case noRows
    }

    static func parse(_ text: String) throws(Problem) -> Table {
        let bytes = Array(text.utf8)
        let delimiter = guessDelimiter(bytes)
        var records: [(fields: [String], line: Int)] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var index = 0
        var notes: [String] = []
        while index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            notes.append(String(decoding: bytes[(index + 1)..<end], as: UTF8.self).trimmingWhitespace())
            index = end + 1
            line += 1
        }
        var recordLine = line
        var quoted = false
        var quoteLine = 0
        var fieldStarted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((fields, recordLine)) }
            fields.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    if byte == 0x0A { line += 1 }
                    if byte != 0x0D { field.append(byte) }
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where !fieldStarted || field.allSatisfy({ $0 == 0x20 }):
                field.removeAll()
                quoted = true
                quoteLine = line
                fieldStarted = true
            case delimiter:
                endField()
            case 0x0D:
                break
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }

        guard let first = records.first else { throw .noRows }
        var header = first.fields.map { $0.trimmingWhitespace() }
        if !Self.looksLikeHeader(header), let last = notes.last {
            // "#id,comment": a header some tools write as a comment, when the rows fit it.
            let cells = last.split(separator: Character(UnicodeScalar(delimiter)), omittingEmptySubsequences: false)
                .map { String($0).trimmingWhitespace() }
            guard Self.looksLikeHeader(cells), cells.count == header.count else { throw .noHeader }
            header = cells
            notes.removeLast()
            records.insert(([], 0), at: 0)
        }
        guard Self.looksLikeHeader(header) else { throw .noHeader }
        var table = Table(header: header, rows: [], lines: [], raggedLines: [], notes: notes)
        for record in records.dropFirst() {
            var row = record.fields.map { $0.trimmingWhitespace() }
            if row.count != header.count {
                table.raggedLines.append(record.line)
                row = Array(row.prefix(header.count)) + Array(repeating: "", count: max(0, header.count - row.count))
            }
            table.rows.append(row)
            table.lines.append(record.line)
        }
        guard !table.rows.isEmpty else { throw .noRows }
        return table
    }

    /// `;` when the header line has more of them than commas outside quotes (European exports).
    private static func guessDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: "#") {
            start = (bytes[start...].firstIndex(of: 0x0A) ?? bytes.count) + 1
        }
        for byte in bytes[min(start, bytes.count)...] {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// A header names every column, once, in words rather than numbers.
    static func looksLikeHeader(_ cells: [String]) -> Bool {
        guard cells.count >= 1, !cells.contains(where: \.isEmpty), Set(cells.map { $0.lowercased() }).count == cells.count else {
            return false
        }
        let numeric = cells.filter { cell in Double(cell) != nil }.count
        return numeric == 0
    }
}
