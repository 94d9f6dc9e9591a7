import Foundation
import Testing

struct BinaryTests {
    @Test func commandsRunAndExit() throws {
        let run = try Binary.run(["-c", "docs", "-c", "outline report"])
        #expect(run.status == 0)
        #expect(run.errors == "")
        #expect(run.output.contains("\nreport       report · 9 November 2023"))
        #expect(!run.output.contains("report-pdf"))
        #expect(run.output.contains("§7     Areas for priority action"))
        #expect(!run.output.contains("\u{1B}"))
    }

    @Test func aFailingCommandSetsTheExitStatusButTheOthersRun() throws {
        let run = try Binary.run(["-c", "fnd waiting", "-c", "docs"])
        #expect(run.status == 1)
        #expect(run.errors == "error: unknown command 'fnd' (did you mean 'find'?); type help for the list\n")
        #expect(run.output.contains("statement    statement"))
    }

    @Test func pipedInputGetsPlainOutputWithNoPrompt() throws {
        let run = try Binary.run([], input: "docs\nshow report p.7 ¶1.1 --context 0\nquit\ndocs\n")
        #expect(run.status == 0)
        #expect(!run.output.contains("[1]>"))
        #expect(!run.output.contains("\u{1B}"))
        #expect(!run.output.contains("SEND Lens 0.1.0"))
        #expect(run.output.hasSuffix("> report p.7 ¶1.1  Leaders have taken steps to address this situation by their recent introduction of the SEND ‘Data Dashboard’.\n"))
    }

    @Test func pipedErrorsSetTheExitStatus() throws {
        let run = try Binary.run([], input: "show \"report\ndocs\n")
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: this quote is never closed"))
        #expect(run.output.contains("response     response"))
    }

    /// As cat does: one line on standard error and status 1 when the output cannot be written.
    @Test func outputThatCannotBeWrittenEndsQuietly() throws {
        for (redirect, reason) in [("> /dev/full", "no space left on device"), (">&-", "bad file descriptor")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "'\(Binary.path)' -c docs \(redirect)"]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 1, "\(redirect)")
            #expect(text == "sendlens: cannot write the output: \(reason)\n", "\(redirect)")
        }
    }

    @Test func versionAndHelp() throws {
        #expect(try Binary.run(["--version"]).output == "0.1.0\n")
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        for flag in ["-c <command>", "--no-samples", "--version", "<paths>"] {
            #expect(help.output.contains(flag))
        }
    }

    @Test func pathsReplaceTheSamplesAndNoSamplesOpensNothing() throws {
        let one = try Binary.run(["samples/statement.md", "-c", "docs"])
        #expect(one.output.hasPrefix("statement  statement"))
        #expect(!one.output.contains("report     report"))
        let none = try Binary.run(["--no-samples", "-c", "docs"])
        #expect(none.output == "No documents are loaded. Add some with: load PATH\n")
    }

    @Test func aMissingPathIsReportedAndTheRestStillLoads() throws {
        let run = try Binary.run(["samples/report.pdf", "no-such-file.md", "-c", "docs"])
        #expect(run.status == 1)
        #expect(run.errors.contains("error: no file or folder at 'no-such-file.md'"))
        #expect(run.output.hasPrefix("report  report"))
    }

    @Test func theSamplesAreFoundFromAnyFolder() throws {
        let run = try Binary.run(["-c", "docs"], folder: NSTemporaryDirectory())
        #expect(run.status == 0)
        #expect(run.output.contains("response     response"))
        let chosen = try Binary.run(["-c", "docs"], folder: NSTemporaryDirectory(),
                                    environment: ["SENDLENS_SAMPLES": Binary.repository + "/samples/statement.md"])
        #expect(chosen.output.hasPrefix("statement  statement"))
    }
}

struct SessionScriptTests {
    /// Every worked session in sessions/ replays on the samples and gives the output recorded in it.
    @Test func exampleSessionsReplayAndCheckClean() throws {
        let folder = Binary.repository + "/sessions"
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".lens") }.sorted()
        #expect(scripts.count >= 5)
        for script in scripts {
            let text = try String(contentsOfFile: folder + "/" + script, encoding: .utf8)
            #expect(text.hasPrefix("# "), "\(script) opens with a comment saying what it answers")
            #expect(text.contains("\n#> "), "\(script) has recorded output")
            // From another folder: the script finds its documents from its own.
            let run = try Binary.run(["replay", folder + "/" + script, "--check"], folder: NSTemporaryDirectory())
            #expect(run.status == 0, "\(script): \(run.errors)\n\(run.output.suffix(2000))")
            #expect(run.errors == "")
            #expect(run.output.hasSuffix(" differ\n") && run.output.contains(" same, 0 differ"), "\(script)")
        }
    }

    @Test func replayExitStatusesTellWhatHappened() throws {
        let folder = NSTemporaryDirectory() + "sendlens-replay-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# Report\n\nFamilies wait.\n".write(toFile: folder + "/report.md", atomically: true, encoding: .utf8)
        try "load report.md\n#> loaded report (report): 1 passage in 1 section from report.md\ncount wait\n#> wait — 9 passages\n"
            .write(toFile: folder + "/s.lens", atomically: true, encoding: .utf8)
        let differs = try Binary.run(["replay", folder + "/s.lens", "--check"])
        #expect(differs.status == 1)
        #expect(differs.output.contains("-wait — 9 passages\n+wait — 1 passage\n+  report  1\n"))
        #expect(differs.output.hasSuffix("2 commands: 1 same, 1 differs\n"))
        let missing = try Binary.run(["replay", folder + "/none.lens"])
        #expect(missing.status == 2)
        #expect(missing.errors == "error: cannot read the session script '\(folder)/none.lens': there is no such file\n")
        let updated = try Binary.run(["replay", folder + "/s.lens", "--update"])
        #expect(updated.status == 0)
        #expect(try Binary.run(["replay", folder + "/s.lens", "--check"]).status == 0)
    }

    /// Progress is for a terminal: on a pipe, standard error holds only what went wrong.
    @Test func aLoadOnAPipeShowsNoProgress() throws {
        let run = try Binary.run(["--no-samples", "-c", "load samples", "-c", "docs"], environment: ["SENDLENS_NO_CACHE": "1"])
        #expect(run.status == 0)
        #expect(!run.errors.contains("reading") && !run.errors.contains("\r"))
    }
}
