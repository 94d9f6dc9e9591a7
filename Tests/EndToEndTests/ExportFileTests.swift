import Foundation
import SendLensTestSupport
import Testing

/// Files the binary writes, read back by other programs: Python's json.tool and csv module.
struct ExportFileTests {
    let folder = NSTemporaryDirectory() + "sendlens-files-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// One command of each kind of result, each written as JSON and as CSV.
    static let commands = [
        ("find", "find waiting OR EHCP --limit 7"), ("count", "count EHCP by section"), ("tally", "tally satisfied by group"),
        ("docs", "docs"), ("outline", "outline report"), ("show", "show report §7"), ("define", "define"),
        ("help", "help find"), ("load", "load samples/statement.md --name statement-again"),
    ]

    private func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func jsonFilesAreValidAndCarryTheirType() throws {
        var arguments: [String] = []
        for (name, command) in Self.commands {
            arguments += ["-c", "\(command) > \(folder)/\(name).json"]
        }
        let run = try Binary.run(arguments)
        // The load among the commands reads the statement a second time, under another name: said.
        #expect(run.errors.split(separator: "\n").allSatisfy { $0.hasPrefix("warning: 'samples/statement.md' holds the same as 'statement'") })
        #expect(run.status == 0)
        for (name, command) in Self.commands {
            let path = "\(folder)/\(name).json"
            let tool = Process()
            tool.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            tool.arguments = ["python3", "-m", "json.tool", path]
            tool.standardOutput = FileHandle.nullDevice
            try tool.run()
            tool.waitUntilExit()
            #expect(tool.terminationStatus == 0, "\(name)")
            let check = try python("""
                import json, sys
                result = json.load(open(sys.argv[1], encoding="utf-8"))
                print(result["type"], result["command"])
                """, [path])
            #expect(check.status == 0, "\(check.output)")
            #expect(check.output.hasSuffix(" \(command)\n"), "\(name): \(check.output)")
        }
    }

    /// The CSV has one row an item, each with its citation, as the JSON of the same result lists them.
    @Test func csvFilesReadBackRowForRow() throws {
        let run = try Binary.run(["-c", "find waiting --all > \(folder)/hits.csv", "-c", "export \(folder)/hits.json",
                                  "-c", "show report §7 > \(folder)/show.csv", "-c", "tally EHCP? by district > \(folder)/tally.csv"])
        #expect(run.errors == "")
        let check = try python("""
            import csv, json, sys
            folder = sys.argv[1]
            rows = list(csv.DictReader(open(folder + "/hits.csv", encoding="utf-8-sig", newline="")))
            result = json.load(open(folder + "/hits.json", encoding="utf-8"))
            hits, hits_total = result["hits"], result["total"]
            assert len(rows) == len(hits) == hits_total, (len(rows), len(hits))
            for row, hit in zip(rows, hits):
                assert row["citation"] == hit["citation"]["text"], (row, hit)
                assert row["text"] == hit["text"]
                assert row["document"] == hit["citation"]["document"]
            shown = list(csv.DictReader(open(folder + "/show.csv", encoding="utf-8-sig", newline="")))
            assert [row["citation"] for row in shown][:2] == ["report p.9 ¶2.1", "report p.9 ¶3.1"], shown
            assert all(row["section"] == "Areas for priority action" for row in shown)
            tally = list(csv.DictReader(open(folder + "/tally.csv", encoding="utf-8-sig", newline="")))
            overall = [row for row in tally if row["group (District)"] == ""]
            assert [(row["answer"], row["count"]) for row in overall] == [("Yes", "37"), ("No", "22"), ("Assessment in progress", "18"), ("Don't know", "7")], overall
            assert sum(int(row["count"]) for row in tally if row["group (District)"]) == 84
            print("ok", len(rows), len(shown), len(tally))
            """, [folder])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasPrefix("ok 37 "))
    }

    @Test func aFailedWriteIsAnErrorAndTheOtherCommandsRun() throws {
        let run = try Binary.run(["-c", "find waiting > \(folder)/missing/out.txt", "-c", "docs > \(folder)/docs.md"])
        #expect(run.status == 1)
        #expect(run.errors == "error: cannot write '\(folder)/missing/out.txt': there is no folder '\(folder)/missing'\n")
        #expect(run.output == "wrote 5 documents to \(folder)/docs.md (Markdown, " + run.output.split(separator: "(Markdown, ")[1])
        #expect(FileManager.default.fileExists(atPath: folder + "/docs.md"))
    }
}
