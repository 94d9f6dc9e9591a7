import Foundation
@testable import SendLensREPL

/// The repository's folders, found from this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples").path
    /// The three text samples: most tests use these, so that adding a sample does not change them.
    static let textSamples = ["report.md", "response.md", "statement.md"].map { samples + "/" + $0 }
    static let survey = samples + "/survey-2022.csv"
}

/// A shell whose output and errors go, in order, into one transcript.
final class Transcript {
    private(set) var text = ""
    private(set) var errors = ""

    func shell(opening paths: [String] = Repository.textSamples) -> Shell {
        let shell = Shell(console: Console(
            write: { [unowned self] in text += $0 },
            report: { [unowned self] in text += $0; errors += $0 }
        ))
        if !paths.isEmpty { _ = shell.open(paths) }
        text = ""
        errors = ""
        return shell
    }

    func clear() {
        text = ""
        errors = ""
    }
}
