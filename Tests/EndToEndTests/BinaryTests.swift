import Foundation
import Testing

struct BinaryTests {
    @Test func commandsRunAndExit() throws {
        let run = try Binary.run(["-c", "docs", "-c", "outline report"])
        #expect(run.status == 0)
        #expect(run.errors == "")
        #expect(run.output.contains("\nreport       report · 10 November 2023"))
        #expect(run.output.contains("\nreport-pdf   report · 10 November 2023"))
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
        let run = try Binary.run([], input: "docs\nshow report §7 ¶1.3 --context 0\nquit\ndocs\n")
        #expect(run.status == 0)
        #expect(!run.output.contains("[1]>"))
        #expect(!run.output.contains("\u{1B}"))
        #expect(!run.output.contains("SEND Lens 0.1.0"))
        #expect(run.output.hasSuffix("> report §7 ¶1.3  A shared data dashboard, refreshed at least monthly, would allow leaders to see waiting times, the timeliness of plans and attendance in one place.\n"))
    }

    @Test func pipedErrorsSetTheExitStatus() throws {
        let run = try Binary.run([], input: "show \"report\ndocs\n")
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: this quote is never closed"))
        #expect(run.output.contains("response     response"))
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
        let run = try Binary.run(["samples/report.md", "no-such-file.md", "-c", "docs"])
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
    /// Every example session in sessions/ runs on the samples without an error.
    @Test func exampleSessionsRunCleanly() throws {
        let folder = Binary.repository + "/sessions"
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".lens") }
        #expect(!scripts.isEmpty)
        for script in scripts {
            let input = try String(contentsOfFile: folder + "/" + script, encoding: .utf8)
            let run = try Binary.run([], input: input)
            #expect(run.status == 0, "\(script) failed: \(run.errors)")
            #expect(run.errors == "")
        }
    }
}
