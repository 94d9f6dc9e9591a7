import Foundation
import SendLensCore

/// The repository's folders, found from this file, and the real reports beside it.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let samples = root.appendingPathComponent("samples").path
    public static let sessions = root.appendingPathComponent("sessions").path
    /// A report written in Markdown for the tests (the samples ship the real report as a PDF):
    /// tidy text whose findings the tests can name.
    public static let writtenReport = root.appendingPathComponent("Tests/Fixtures/written/report.md").path
    /// The written report and the two text samples: most tests use these, so that adding a sample
    /// does not change them.
    public static let textSamples = [writtenReport] + ["response.md", "statement.md"].map { samples + "/" + $0 }
    public static let survey = samples + "/survey-2022.csv"
    /// Nineteen real published reports, beside the repository (`../shared/reports`), if they are there.
    public static let reports = root.deletingLastPathComponent().appendingPathComponent("shared/reports").path
    public static var reportFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
            .map { reports + "/" + $0 }
    }
}

extension DocumentLoader {
    /// Reads files into a corpus without indexing them, for tests of the loaders alone.
    @discardableResult
    public func load(_ paths: [String], options: LoadOptions = LoadOptions(), into corpus: inout Corpus) -> LoadOutcome {
        load(paths, options: options, adding: { document, _ throws(LoadError) in
            try corpus.add(document)
            return true
        })
    }
}
