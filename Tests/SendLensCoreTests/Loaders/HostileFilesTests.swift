import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// Files that are not what a reader expects: each read as a reader would, or refused with a reason.
struct HostileFilesTests {
    let folder = NSTemporaryDirectory() + "sendlens-hostile-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func load(_ paths: [String], files: LocalFiles = LocalFiles()) -> (Corpus, LoadOutcome) {
        var corpus = Corpus()
        let outcome = DocumentLoader(files: files).load(paths, into: &corpus)
        return (corpus, outcome)
    }

    @Test func pipesAndDevicesAreRefusedNotReadForEver() throws {
        let fifo = folder + "/pipe.md"
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.md", withDestinationPath: "/dev/zero")
        let (corpus, outcome) = load([fifo, folder + "/zero.md"])
        #expect(corpus.documents.isEmpty)
        #expect(outcome.failures == [.notAFile(path: fifo, what: "a pipe"), .notAFile(path: folder + "/zero.md", what: "a device")])
    }

    @Test func filesOverTheLimitAreRefused() throws {
        try String(repeating: "Families wait. ", count: 100).write(toFile: folder + "/big.md", atomically: true, encoding: .utf8)
        let (_, outcome) = load([folder + "/big.md"], files: LocalFiles(limit: 1000))
        #expect(outcome.failures == [.tooLarge(path: folder + "/big.md", size: 1500, limit: 1000)])
        #expect(load([folder + "/big.md"]).1.failures.isEmpty)
    }

    @Test func oldMacLineEndsAndUTF16AreText() throws {
        try Data("# Minutes\r\rThe panel met.\rIt agreed the plan.\r".utf8).write(to: URL(fileURLWithPath: folder + "/mac.md"))
        try "# Café report\n\nFamilies wait – too long.\n".data(using: .utf16)!.write(to: URL(fileURLWithPath: folder + "/windows.md"))
        try (Data([0xFE, 0xFF]) + "Minutes\n\nThe panel met.\n".data(using: .utf16BigEndian)!).write(to: URL(fileURLWithPath: folder + "/big-endian.txt"))
        let (corpus, outcome) = load([folder + "/mac.md", folder + "/windows.md", folder + "/big-endian.txt"])
        #expect(outcome.failures.isEmpty && outcome.warnings.isEmpty)
        #expect(corpus.documents.map(\.title) == ["Minutes", "Café report", "Minutes"])
        #expect(corpus.documents[0].passages.map(\.text) == ["The panel met.", "It agreed the plan."])
        #expect(corpus.documents[1].passages.map(\.text) == ["Families wait – too long."])
        #expect(corpus.documents[2].passages.map(\.text) == ["The panel met."])
    }

    @Test(arguments: [
        ("plain words", "plain words"),
        ("a\u{1B}]0;owned\u{07}b", "a␛]0;owned␇b"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red ␛[31mtext␛[0m"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("c1 \u{9B}31m and del \u{7F}", "c1 \u{FFFD}31m and del ␡"),
    ])
    func controlCharactersAreShownNotObeyed(text: String, shown: String) {
        #expect(StyledText.visible(text) == shown)
        var styled = StyledText()
        styled.append(text, .strong)
        #expect(!styled.rendered(colour: false).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    }

    /// Links are followed, to files and to folders; a link back up the tree (a loop) is walked once.
    @Test func linksInAFolderAreFollowedAndLoopsWalkedOnce() throws {
        let files = try Fixtures()
        try files.write("notes/a/first.md", "# First\n\nOne.")
        try files.write("elsewhere/second.md", "# Second\n\nTwo.")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: files.folder + "/notes/a/up", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: files.folder + "/notes/other", withDestinationPath: files.folder + "/elsewhere")
        try manager.createSymbolicLink(atPath: files.folder + "/notes/copy.md", withDestinationPath: files.folder + "/elsewhere/second.md")
        try manager.createSymbolicLink(atPath: files.folder + "/notes/broken.md", withDestinationPath: files.folder + "/nothing.md")
        let found = try LocalFiles().files(under: files.folder + "/notes")
        #expect(found == ["a/first.md", "copy.md", "other/second.md"].map { files.folder + "/notes/" + $0 })
    }
}
