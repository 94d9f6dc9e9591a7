import Foundation
import SendLensCore
import SendLensREPL

/// `sendlens-bench --hostile`: the inputs a hostile tester found slow (each once took seconds to
/// minutes, growing with the square of its size), timed as a person would meet them: loading the
/// file, or typing the command. Prints Markdown.
enum HostileBench {
    static func run() {
        let folder = NSTemporaryDirectory() + "sendlens-hostile-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func file(_ name: String, _ text: String) -> String {
            let path = folder + "/" + name
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        var survey = "id,answer\n"
        for index in 0..<100_000 { survey += "\(index),answer number \(index)\n" }
        // 100,000 groups answering one of three: each group's counts used to be found by
        // scanning every row.
        var groups = "id,group,How satisfied are you?\n"
        for index in 0..<100_000 { groups += "\(index),group \(index),\(["Satisfied", "Neither", "Dissatisfied"][index % 3])\n" }
        let cases: [(String, [String], String)] = [
            ("80 KB of `[x](` in one Markdown paragraph", [file("links.md", String(repeating: "[x](", count: 20_000))], "quit"),
            ("80 KB of `[`", [file("brackets.md", String(repeating: "[", count: 80_000))], "quit"),
            ("80 KB of `<`", [file("angles.md", String(repeating: "<", count: 80_000))], "quit"),
            ("a year and 80 KB of full stops, then `timeline`", [file("dots.md", "In 2023" + String(repeating: ".", count: 80_000))], "timeline"),
            ("80 KB of dates with no sentence break (`10 November 2023 to `…), then `timeline`",
             [file("dates.txt", String(repeating: "10 November 2023 to ", count: 4_000))], "timeline"),
            ("80 KB of `1/` and of `within 5 `, then `timeline`",
             [file("slashes.txt", String(repeating: "1/", count: 40_000) + "\n\n" + String(repeating: "within 5 ", count: 9_000))], "timeline"),
            ("`tally` of 100,000 different answers", [file("answers.csv", survey)], "tally answer"),
            ("`tally … by` 100,000 different groups", [file("groups.csv", groups)], "tally satisfied by group"),
            ("a query of 15,000 words (refused with its limit)", [], "find " + Array(repeating: "waiting", count: 15_000).joined(separator: " ")),
            ("a query of 11,000 `(` (refused with its limit)", [], "find " + String(repeating: "(", count: 11_000) + "waiting"),
        ]
        print("| input | time |")
        print("|---|---|")
        for (name, paths, command) in cases {
            let shell = try! Shell()
            let start = now()
            if !paths.isEmpty { _ = shell.open(paths) }
            _ = shell.execute(command)
            print("| \(name) | \(String(format: "%.2f s", now() - start)) |")
        }
    }
}
