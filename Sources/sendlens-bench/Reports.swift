import Foundation
import SendLensCore

/// `sendlens-bench --reports FOLDER`: how fast and how well the real reports in FOLDER are read.
/// Times, on every core as `load` works: the poppler commands the reader runs, a cold load (no
/// cache), and a warm load (the same files again, read from the cache); then, per report, the
/// quality measures the tests hold at zero.
enum ReportsBench {
    static func run(folder: String, runs: Int) {
        let paths = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
            .map { folder + "/" + $0 }
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("no PDFs in \(folder)\n".utf8))
            exit(2)
        }
        let cache = NSTemporaryDirectory() + "sendlens-bench-cache-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache
        var uncached = environment
        uncached["SENDLENS_NO_CACHE"] = "1"

        func timeTools(_ commands: [(String, [String])]) -> Double {
            let start = now()
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                for (tool, arguments) in commands { _ = Subprocess.run(tool, arguments + [paths[index]]) }
            }
            return now() - start
        }
        func timeLoad(_ environment: [String: String]) -> (Double, [Document]) {
            var documents: [Document] = []
            let start = now()
            _ = DocumentLoader(environment: environment).load(paths, adding: { document, _ throws(LoadError) in
                documents.append(document)
                return true
            })
            return (now() - start, documents)
        }

        var poppler: [Double] = [], layout: [Double] = [], cold: [Double] = [], warm: [Double] = []
        var documents: [Document] = []
        for _ in 0..<runs {
            poppler.append(timeTools([("/usr/bin/pdftohtml", ["-xml", "-i", "-stdout", "-enc", "UTF-8", "-fontfullname", "-nodrm"])]))
            layout.append(timeTools([("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8"])]))
            let (seconds, read) = timeLoad(uncached)
            cold.append(seconds)
            documents = read
            try? FileManager.default.removeItem(atPath: cache)
            _ = timeLoad(environment)
            warm.append(timeLoad(environment).0)
        }
        print("## Reading the \(paths.count) real reports\n")
        print("Median of \(runs) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores, every file read at once as `load` does.\n")
        print("| what | time |\n|---|---|")
        print("| poppler command the reader runs (`pdftohtml -xml`; `pdfinfo` only for a date the file does not spell out) | \(milliseconds(median(poppler))) |")
        print("| for comparison: `pdftotext -layout`, the old reader's command | \(milliseconds(median(layout))) |")
        print("| cold load (no cache) | \(milliseconds(median(cold))) (\(String(format: "%.2f", median(cold) / median(poppler)))× the poppler command) |")
        print("| warm load (the same files again, from the cache) | \(milliseconds(median(warm))) |")
        print("\n| report | bulleted findings glued | line-end hyphens lost | passages on the wrong page | title | date (PDF made) |")
        print("|---|---|---|---|---|---|")
        var totals = (glued: 0, bullets: 0, lost: 0, hyphens: 0, wrong: 0, checked: 0)
        for (path, document) in zip(paths, documents) {
            let quality = ReportQuality.check(document, pdf: path)
            totals.glued += quality.gluedBullets.count
            totals.bullets += quality.bullets
            totals.lost += quality.lostHyphens.count
            totals.hyphens += quality.lineEndHyphens
            totals.wrong += quality.wrongPages.count
            totals.checked += quality.pagesChecked
            print("| \(document.name) | \(quality.gluedBullets.count) of \(quality.bullets) | \(quality.lostHyphens.count) of \(quality.lineEndHyphens) "
                  + "| \(quality.wrongPages.count) of \(quality.pagesChecked) | \(document.title) | \(document.date?.description ?? "none") |")
        }
        print("| all | \(totals.glued) of \(totals.bullets) | \(totals.lost) of \(totals.hyphens) | \(totals.wrong) of \(totals.checked) | | |")
    }
}
