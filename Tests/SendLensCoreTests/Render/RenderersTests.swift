import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

struct CSVRendererTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+44 1992 555", "'+44 1992 555"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("=1,2", "\"'=1,2\""),
        (" padded", "\" padded\""),
        ("café", "café"),
    ])
    func fieldsAreQuotedAndFormulasNeutralised(value: String, field: String) {
        #expect(CSVRenderer.field(value) == field)
    }

    @Test func everyResultHasAHeaderAndOneRowAnItemWithItsCitation() throws {
        let samples = try SampleResults()
        let renderer = CSVRenderer(library: samples.library)
        for value in samples.values {
            let (header, rows) = renderer.table(value)
            #expect(!rows.isEmpty, "\(value.type)")
            #expect(rows.allSatisfy { $0.count == header.count }, "\(value.type)")
            if header.first == "citation" || header.dropFirst().first == "citation" {
                let column = header.firstIndex(of: "citation")!
                #expect(rows.allSatisfy { !$0[column].isEmpty }, "\(value.type)")
            }
        }
        let csv = renderer.render(samples.values[0])
        #expect(csv.hasPrefix("rank,citation,document,section,text\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 7)
    }
}

struct MarkdownRendererTests {
    @Test func passagesAreQuotedWithTheirCitationsAndMatchesInBold() throws {
        let samples = try SampleResults()
        let markdown = MarkdownRenderer(library: samples.library).render(samples.values[0], command: "find waiting OR EHCP in report")
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "`find waiting OR EHCP in report`")
        let quotes = lines.filter { $0.hasPrefix("> ") && !$0.hasPrefix("> — ") }
        let citations = lines.filter { $0.hasPrefix("> — *") }
        #expect(quotes.count == 5 && citations.count == 5)
        #expect(quotes.allSatisfy { $0.contains("**") })
    }

    @Test func tablesEscapeWhatMarkdownWouldRead() {
        #expect(MarkdownRenderer.table(header: ["a", "b"], rows: [["x|y", "*z*"]])
                == ["| a | b |", "| --- | --- |", "| x\\|y | \\*z\\* |"])
    }
}

struct AtomicFileTests {
    let folder = NSTemporaryDirectory() + "sendlens-atomic-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func createsReplacesAndAppendsButNeverClobbers() throws {
        let path = folder + "/notes.txt"
        try AtomicFile().write(Array("one\n".utf8), to: path, mode: .create)
        #expect(throws: WriteError.exists(path: path)) { try AtomicFile().write(Array("two\n".utf8), to: path, mode: .create) }
        #expect(contents(path) == "one\n")
        try AtomicFile().write(Array("two\n".utf8), to: path, mode: .append)
        #expect(contents(path) == "one\ntwo\n")
        try AtomicFile().write(Array("three\n".utf8), to: path, mode: .replace)
        #expect(contents(path) == "three\n")
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
    }

    @Test func aFullDiskLeavesTheOldFileWhole() throws {
        let path = folder + "/kept.txt"
        try AtomicFile().write(Array("kept\n".utf8), to: path, mode: .create)
        let full = AtomicFile { _, buffer in
            errno = ENOSPC
            return buffer.count > 3 ? -1 : buffer.count
        }
        #expect(throws: WriteError.cannotWrite(path: path, reason: "the disk is full")) {
            try full.write(Array("a much longer replacement\n".utf8), to: path, mode: .replace)
        }
        #expect(contents(path) == "kept\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["kept.txt"])
    }

    @Test func missingFoldersAndFoldersAreRefused() {
        #expect(throws: WriteError.noFolder(path: folder + "/nowhere/x.txt", folder: folder + "/nowhere")) {
            try AtomicFile().write([], to: folder + "/nowhere/x.txt", mode: .create)
        }
        #expect(throws: WriteError.isFolder(path: folder)) { try AtomicFile().write([], to: folder, mode: .replace) }
    }
}
