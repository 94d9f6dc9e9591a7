import Foundation
import Testing

enum Chromium {
    static let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs headless Chromium on a page; returns what it printed on standard output.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The notebook a session writes, opened as a reader would open it.
struct NotebookTests {
    static let commands = ["find dashboard", "fnd waiting", "tally satisfied by group", "show $1.2", "count EHCP by section in report",
                           "find \"<b>\" & 'quotes'", "docs"]

    private func writeNotebooks(in folder: String) throws -> Binary.Run {
        var arguments: [String] = []
        for command in Self.commands { arguments += ["-c", command] }
        arguments += ["-c", "notebook \(folder)/session.html", "-c", "notebook \(folder)/session.md"]
        return try Binary.run(arguments)
    }

    @Test func theMarkdownNotebookHoldsEveryCommandAndItsOutput() throws {
        let folder = NSTemporaryDirectory() + "sendlens-notebook-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try writeNotebooks(in: folder)
        #expect(run.output.contains("wrote the session (5 results) to \(folder)/session.md"))
        let markdown = try String(contentsOfFile: folder + "/session.md", encoding: .utf8)
        #expect(markdown.hasPrefix("# SEND Lens notebook\n\n## Documents\n\n| Name | Kind | Date | Title | SHA-256 |\n"))
        for command in Self.commands { #expect(markdown.contains("```\n\(command)\n```"), "\(command)") }
        #expect(markdown.contains("### [1]\n\n```\nfind dashboard\n```\n\n**dashboard — 4 passages"))
        #expect(markdown.contains("### [✗]\n\n```\nfnd waiting\n```\n\n> **error:** unknown command 'fnd'"))
        #expect(markdown.contains("| Parent or carer | 22 (35.5%) | 19 (30.6%) |"))
        #expect(!markdown.contains("notebook "))
    }

    @Test func theWebPageIsWellFormedSelfContainedAndOpensInABrowser() throws {
        let folder = NSTemporaryDirectory() + "sendlens-notebook-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try writeNotebooks(in: folder)
        let page = folder + "/session.html"
        let html = try String(contentsOfFile: page, encoding: .utf8)
        // Nothing is fetched from elsewhere: no scripts, no linked files, no web addresses.
        for forbidden in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("@media print"))
        #expect(html.contains("<a class=\"citation\" id=\"c2-response-s4-p3-1\" href=\"#c2-response-s4-p3-1\">response §4 ¶3.1</a>"))
        #expect(html.contains("<span class=\"track\"><span class=\"bar\" style=\"width: 35%\"></span></span>"))
        // Well-formed: an XML parser reads it to the end.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])", page]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)

        guard Chromium.path != nil else {
            Issue.record("chromium is not installed: scripts/setup --tests installs it")
            return
        }
        let screenshot = folder + "/page.png"
        _ = try Chromium.run(["--window-size=412,2000", "--screenshot=\(screenshot)", "file://\(page)"])
        let png = try #require(FileManager.default.contents(atPath: screenshot))
        #expect(png.count > 10_000)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let dom = try Chromium.run(["--dump-dom", "file://\(page)"])
        #expect(dom.contains("<h1>SEND Lens notebook</h1>"))
        for command in Self.commands {
            let escaped = command.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            #expect(dom.contains(escaped), "\(command)")
        }
    }
}
