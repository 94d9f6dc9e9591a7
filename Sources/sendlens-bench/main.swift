import Foundation
import SendLensCore
import SendLensREPL

// sendlens-bench [--megabytes N] [--seed S] [--runs R] [--hash-only]
// sendlens-bench [--runs R] --reports FOLDER   (reading real report PDFs: speed and quality)
// sendlens-bench --relevance [--pool N] [FOLDER]  (ranking against passages judged by hand)
// sendlens-bench --hostile   (inputs that once took quadratic time)
// sendlens-bench --dates FILE   (the date tagger scored on a table of phrases, as Tests/Fixtures/dates/phrases.txt)
// sendlens-bench --report-dates [FILE [FOLDER]]   (the real reports' dates against those found by hand, Tests/Fixtures/reports/dates.txt)
// sendlens-bench --megabytes N --write-corpus FOLDER   (the generated corpus, kept, for profiling)
// sendlens-bench --megabytes N --timeline [--runs R]   (load, then `timeline` alone, R times: 1 unless given; the first reads every passage)
// Generates a seeded corpus, loads it as sendlens does, and times load, memory and find beside
// the sqlite3 shell (FTS5, porter) and rg doing the same work in the same run. Prints Markdown.

var megabytes = 10.0
var seed: UInt64 = 42
var runs = 15
var hashOnly = false
var corpusFolder: String?
var timelineOnly = false
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    if flag == "--reports" {
        ReportsBench.run(folder: arguments.popFirst() ?? "../shared/reports", runs: runs)
        exit(0)
    }
    if flag == "--relevance" {
        var pool: Int?
        var folder = "../shared/reports"
        while let next = arguments.popFirst() {
            if next == "--pool" { pool = Int(arguments.popFirst() ?? "") ?? 15 } else { folder = next }
        }
        RelevanceBench.run(reports: folder, pool: pool)
        exit(0)
    }
    if flag == "--hostile" {
        HostileBench.run()
        exit(0)
    }
    if flag == "--dates" {
        DatesBench.run(table: arguments.popFirst() ?? "Tests/Fixtures/dates/phrases.txt")
        exit(0)
    }
    if flag == "--report-dates" {
        DatesBench.run(reportTable: arguments.popFirst() ?? "Tests/Fixtures/reports/dates.txt", folder: arguments.popFirst() ?? "../shared/reports")
        exit(0)
    }
    if flag == "--timeline" {
        timelineOnly = true
        continue
    }
    if flag == "--hash-only" {
        hashOnly = true
        continue
    }
    guard ["--megabytes", "--seed", "--runs", "--write-corpus"].contains(flag), let value = arguments.popFirst() else {
        FileHandle.standardError.write(Data("sendlens-bench: unknown flag or missing value: \(flag) (the flags are listed at the top of Sources/sendlens-bench/main.swift)\n".utf8))
        exit(2)
    }
    switch flag {
    case "--megabytes": megabytes = Double(value) ?? megabytes
    case "--seed": seed = UInt64(value) ?? seed
    case "--runs": runs = Int(value) ?? runs
    case "--write-corpus": corpusFolder = value
    default: FileHandle.standardError.write(Data("unknown flag \(flag)\n".utf8)); exit(2)
    }
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
}

func residentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
    return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
}

/// Runs a shell command and times it. Through posix_spawn: Foundation's Process spends about 60 ms
/// closing file descriptors before each child starts, which would swamp what is measured.
@discardableResult
func shell(_ command: String) -> (seconds: Double, output: String) {
    let start = now()
    let result = Subprocess.run("/bin/sh", ["-c", command])
    return (now() - start, String(decoding: result?.output ?? [], as: UTF8.self))
}

func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

// 1. The corpus.
let folder = NSTemporaryDirectory() + "sendlens-bench-\(getpid())"
let documentsFolder = folder + "/corpus"
try FileManager.default.createDirectory(atPath: documentsFolder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
var generator = CorpusGenerator(seed: seed)
let target = Int(megabytes * 1_000_000)
var written = 0
var number = 0
while written < target {
    number += 1
    let text = generator.document(number: number, bytes: 40_000)
    try text.write(toFile: documentsFolder + String(format: "/doc-%05d.md", number), atomically: false, encoding: .utf8)
    written += text.utf8.count
}
if let corpusFolder {
    try? FileManager.default.removeItem(atPath: corpusFolder)
    try FileManager.default.moveItem(atPath: documentsFolder, toPath: corpusFolder)
    print("wrote \(number) documents, \(written) bytes, to \(corpusFolder)")
    exit(0)
}

// Hashing: every file's SHA-256 (the content hash a session script records), in memory, beside
// the sha256sum tool over the same files.
let fileBytes = try FileManager.default.contentsOfDirectory(atPath: documentsFolder).sorted().map {
    Array(FileManager.default.contents(atPath: documentsFolder + "/" + $0)!)
}
var hashTimes: [Double] = []
for _ in 0..<5 {
    let start = now()
    for bytes in fileBytes { _ = ContentHash.hex(of: bytes) }
    hashTimes.append(now() - start)
}
let sha256sumTime = median((0..<3).map { _ in shell("cat \(documentsFolder)/*.md | sha256sum > /dev/null").seconds })
let hashing = "SHA-256 of every file (\(fileBytes.count) files, \(String(format: "%.1f", Double(written) / 1_000_000)) MB), "
    + "median of 5: \(milliseconds(median(hashTimes))) (\(String(format: "%.0f", Double(written) / 1_000_000 / median(hashTimes))) MB/s); "
    + "`sha256sum` over the same bytes, whole process: \(milliseconds(sha256sumTime))"
if hashOnly {
    print(hashing)
    exit(0)
}

// 2. Load and index, as `sendlens FOLDER` does.
let residentBefore = residentBytes()
let session = try Shell()

/// `timeline` over the whole corpus, one run: every passage tagged, the dates ordered, rendered
/// as plain text. The time, and what it found and how long the rendering took, in words.
@MainActor func timeTimeline() -> (Double, String) {
    func processor() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let (start, startCPU) = (now(), processor())
    let cell = session.execute("timeline --as-of 2024-03-01").cell
    let (found, foundCPU) = (now(), processor())
    if let cell { _ = TextRenderer(library: session.library, mode: .plain).render(cell.value).plain }
    let (end, endCPU) = (now(), processor())
    return (end - start, "\(cell?.value.summary ?? "nothing") (finding and ordering them \(String(format: "%.2f s", found - start)), "
        + "rendering \(String(format: "%.2f s", end - found)); processor time \(String(format: "%.2f s", foundCPU - startCPU)) and "
        + "\(String(format: "%.2f s", endCPU - foundCPU)))")
}

let loadStart = now()
let (_, diagnostics) = session.open([documentsFolder])
let loadSeconds = now() - loadStart
// As the shell does after every command, so this is what a person's session holds.
Memory.giveBack()
let residentAfter = residentBytes()
for diagnostic in diagnostics { FileHandle.standardError.write(Data("\(diagnostic.severity): \(diagnostic.message)\n".utf8)) }
if timelineOnly {
    // One run unless --runs is given: back to back in one process, runs compare fairly on a
    // machine whose speed wanders. The first reads every passage; those after, only the passages
    // the first found dates in.
    let times = CommandLine.arguments.contains("--runs") ? max(1, runs) : 1
    var again: [Double] = []
    for run in 0..<times {
        let (seconds, dates) = timeTimeline()
        if run > 0 { again.append(seconds) }
        print("Load and index \(String(format: "%.2f s", loadSeconds)); \(run == 0 ? "first" : "again:") `timeline` \(String(format: "%.2f s", seconds)) for \(dates)")
    }
    if again.count > 1 { print("`timeline` again, median of \(again.count): \(String(format: "%.2f s", again.sorted()[again.count / 2]))") }
    exit(0)
}
// The same files read and parsed again without indexing, to split the load time.
var parsedDocuments = 0
let parseStart = now()
_ = DocumentLoader().load([documentsFolder], readingDates: true, adding: { _, _ in
    parsedDocuments += 1
    return true
})
let parseSeconds = now() - parseStart
let passages = session.corpus.documents.flatMap(\.passages)
let textBytes = passages.reduce(0) { $0 + $1.text.utf8.count }

// 3. The same passages for sqlite3: one a line, ids matching ours.
let tsv = folder + "/passages.tsv"
var lines = ""
lines.reserveCapacity(textBytes + passages.count * 8)
for (offset, passage) in passages.enumerated() {
    lines += "\(offset + 1)\t\(passage.text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\"", with: "'"))\n"
}
try lines.write(toFile: tsv, atomically: false, encoding: .utf8)
let database = folder + "/fts.sqlite"
let build = shell("""
    sqlite3 \(database) <<'SQL'
    .mode tabs
    CREATE TABLE raw(id INTEGER, text TEXT);
    .import \(tsv) raw
    CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2');
    .timer on
    INSERT INTO t(rowid, text) SELECT id, text FROM raw;
    SQL
    """)
let sqliteIndexSeconds = build.output.split(separator: "\n").compactMap { line -> Double? in
    guard line.hasPrefix("Run Time: real ") else { return nil }
    return Double(line.dropFirst("Run Time: real ".count).split(separator: " ")[0])
}.last ?? .nan

// 4. Queries: find (parse, search, rank, render the top 20) against the bare FTS5 query on the
// same index, the sqlite3 shell's FTS5 (porter) and rg.
struct Case {
    let name: String
    let find: String
    let fts5: String
    let rg: String?
}
let cases = [
    Case(name: "common word", find: "waiting", fts5: "\"waiting\"", rg: "-w waiting"),
    Case(name: "phrase", find: "\"speech and language\"", fts5: "\"speech and language\"", rg: "'speech and language'"),
    Case(name: "prefix", find: "assess*", fts5: "\"assess\" *", rg: "-w 'assess\\w*'"),
    Case(name: "boolean", find: "(autism OR adhd) -tribunal", fts5: "((\"autism\" OR \"adhd\") NOT \"tribunal\")", rg: "-e autism -e adhd"),
    Case(name: "NEAR", find: "NEAR(waiting therapy, 5)", fts5: "NEAR(\"waiting\" \"therapy\", 5)", rg: nil),
    // find also ranks the passages with some of the words after those with both: more work than the bare AND query.
    Case(name: "words side by side", find: "waiting therapy", fts5: "\"waiting\" \"therapy\"", rg: nil),
    Case(name: "rare word", find: generator.rareWord, fts5: "\"\(generator.rareWord)\"", rg: "-w \(generator.rareWord)"),
]

/// Runs a line as the REPL does, rendering its result as plain text; returns what it listed.
@discardableResult
@MainActor func run(_ line: String) -> Int {
    let outcome = session.execute(line)
    guard let cell = outcome.cell else { return 0 }
    _ = TextRenderer(library: session.library, mode: .plain).render(cell.value).plain
    return cell.value.items(in: session.corpus).count
}

// rg is compared only where it is installed (scripts/bench installs it).
let ripgrepFound = Subprocess.run("/bin/sh", ["-c", "command -v rg"])?.status == 0
var rows: [String] = []
for item in cases {
    var findTimes: [Double] = []
    var rawTimes: [Double] = []
    run("find \(item.find) --exact")   // warm both tables
    // The bare query is given exactly the pattern find builds (acronyms expanded), so only the work around it differs.
    let pattern = session.library.pattern(for: try QueryParser.parse(item.find))
    var hits = 0
    for _ in 0..<runs {
        let start = now()
        hits = run("find \(item.find)")
        findTimes.append(now() - start)
        let rawStart = now()
        _ = try session.library.rawRanked(pattern: pattern)
        rawTimes.append(now() - rawStart)
    }
    let nativePattern = item.fts5.replacingOccurrences(of: "'", with: "''")
    let script = ".timer on\n" + String(repeating: "SELECT rowid, highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\(nativePattern)' ORDER BY rank LIMIT 20;\n", count: runs)
    try script.write(toFile: folder + "/query.sql", atomically: false, encoding: .utf8)
    let cli = shell("sqlite3 \(database) < \(folder)/query.sql")
    let cliTimes = cli.output.split(separator: "\n").compactMap { line -> Double? in
        guard line.hasPrefix("Run Time: real ") else { return nil }
        return Double(line.dropFirst("Run Time: real ".count).split(separator: " ")[0])
    }
    var rgTime = ripgrepFound ? "n/a" : "not installed"
    if ripgrepFound, let pattern = item.rg {
        let times = (0..<5).map { _ in shell("rg -c -i \(pattern) \(documentsFolder) > /dev/null").seconds }
        rgTime = milliseconds(median(times))
    }
    let total = (try? session.library.search(QueryParser.parse(item.find), limit: 0).total) ?? 0
    rows.append("| \(item.name) (`\(item.find)`) | \(total.formatted()) | \(hits) | \(milliseconds(median(findTimes))) | "
        + "\(milliseconds(median(rawTimes))) | \(String(format: "%.2f×", median(findTimes) / median(rawTimes))) | "
        + "\(milliseconds(median(cliTimes))) | \(rgTime) |")
}

// 5. Results keep citations, not text: memory added by six `find the --all` kept in cells, then
// by laying each out as the terminal would (the text made for printing is let go).
Memory.giveBack()
let residentBeforeAll = residentBytes()
var listed = 0
var kept: [Cell] = []
for _ in 0..<6 {
    let cell = session.execute("find the --all").cell
    listed = cell?.value.items(in: session.corpus).count ?? 0
    if let cell { kept.append(cell) }
}
Memory.giveBack()
let residentAfterAll = residentBytes()
for cell in kept { _ = TextRenderer(library: session.library, mode: .plain).render(cell.value).plain.utf8.count }
Memory.giveBack()
let residentAfterPrinting = residentBytes()

let (timelineSeconds, timelineDates) = timeTimeline()

// 6. compare on the samples: a fresh session on samples/, each form timed through the shell.
let samplesFolder = SampleLocator.find(environment: [:]) ?? "samples"
let samplesSession = try Shell()
_ = samplesSession.open([samplesFolder])
var compareRows: [String] = []
for line in ["compare report response on waiting EHCP \"speech and language\" dashboard", "compare report response",
             "compare report response --coverage", "compare survey-2022 report --coverage"] {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let outcome = samplesSession.execute(line)
        if let cell = outcome.cell { _ = TextRenderer(library: samplesSession.library, mode: .plain).render(cell.value).plain }
        times.append(now() - start)
    }
    compareRows.append("| `\(line)` | \(milliseconds(median(times))) |")
}

// 7. Start to prompt on the samples: the release binary, opening samples/ and leaving at once.
let binary = (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/sendlens"
let startTimes = (0..<10).map { _ in shell("\(binary) -c quit").seconds }

let mb = Double(written) / 1_000_000
print("""
    Corpus: \(number) generated documents, \(String(format: "%.1f", mb)) MB of Markdown, \(passages.count.formatted()) passages \
    (\(String(format: "%.1f", Double(textBytes) / 1_000_000)) MB of passage text), seed \(seed). Median of \(runs) runs.

    | load and index | sendlens | sqlite3 FTS5 (porter), indexing only |
    |---|---|---|
    | time | \(String(format: "%.2f s", loadSeconds)) | \(String(format: "%.2f s", sqliteIndexSeconds)) |
    | of which reading and parsing | \(String(format: "%.2f s", parseSeconds)) | |
    | rate | \(String(format: "%.1f MB/s", mb / loadSeconds)) | \(String(format: "%.1f MB/s", Double(textBytes) / 1_000_000 / sqliteIndexSeconds)) |
    | resident memory added | \(String(format: "%.1f MB", Double(residentAfter - residentBefore) / 1_000_000)) \
    (\(String(format: "%.2f×", Double(residentAfter - residentBefore) / Double(textBytes))) the passage text) | |
    | of which the dates read at load, for `timeline` | \(String(format: "%.1f MB", Double(session.library.datesFootprint) / 1_000_000)) | |

    | query | matches | shown | sendlens `find` (top 20, rendered) | bare FTS5 in-process (bm25, LIMIT 20) | find ÷ bare | sqlite3 shell FTS5 porter (top 20, highlighted) | rg -c (whole process) |
    |---|---|---|---|---|---|---|---|
    \(rows.joined(separator: "\n"))

    Six `find the --all` kept as results (\(listed.formatted()) passages each): \
    \(String(format: "%.1f MB", Double(residentAfterAll - residentBeforeAll) / 1_000_000)) of resident memory added in all \
    (\(String(format: "%.1f %%", 100 * Double(residentAfterAll - residentBeforeAll) / Double(residentBeforeAll))) of the \
    \(String(format: "%.0f MB", Double(residentBeforeAll) / 1_000_000)) resident before them); after laying each out as \
    for printing, \(String(format: "%.1f MB", Double(residentAfterPrinting - residentBeforeAll) / 1_000_000)) \
    (\(String(format: "%.1f %%", 100 * Double(residentAfterPrinting - residentBeforeAll) / Double(residentBeforeAll)))).

    \(hashing)

    `timeline` over the whole corpus (tag every passage, sort, render), one run: \(String(format: "%.2f s", timelineSeconds)) for \(timelineDates)

    | compare on the samples (whole command, rendered; median of \(runs)) | time |
    |---|---|
    \(compareRows.joined(separator: "\n"))

    Start to prompt on samples/ (`sendlens -c quit`, whole process, median of 10): \(milliseconds(median(startTimes)))
    """)
