import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

struct LibraryTests {
    @Test func corpusAndIndexStayInStep() throws {
        let library = try Library()
        library.load(Repository.textSamples)
        #expect(library.checkInvariants() == [])
        // The same document again is already there; another of the same name is refused whole,
        // and nothing of it reaches the index.
        let again = library.load([Repository.writtenReport])
        #expect(again.loaded.isEmpty && again.failures.isEmpty && again.alreadyLoaded.map(\.name) == ["report"])
        let other = library.load([Repository.samples + "/report.pdf"], options: LoadOptions(name: "report"))
        #expect(other.loaded.isEmpty && other.failures.count == 1)
        #expect(library.corpus.documents.count == 3)
        #expect(library.checkInvariants() == [])
        library.load([Repository.survey])
        #expect(library.checkInvariants() == [])
        #expect(try library.search(QueryParser.parse("hardest"), limit: nil).hits.contains { $0.citation.document == "survey-2022" })
    }

    /// Ctrl-C while a large document is being indexed: nothing of it stays, and the library goes
    /// on as before (the same document loads afterwards).
    @Test func aStopWhileIndexingLeavesTheLibraryAsItWas() throws {
        let library = try Library()
        library.load([Repository.samples + "/statement.md"])
        let text = (1...3_000).map { "Paragraph \($0) says families wait for a dashboard.\n\n" }.joined()
        var corpus = Corpus()
        let files = try Fixtures()
        DocumentLoader().load([try files.write("long.md", "# Long\n\n" + text)], into: &corpus)
        let long = try #require(corpus.documents.first)
        #expect(throws: LoadError.stopped(remaining: 1)) { try library.add(long, shouldStop: { true }) }
        #expect(library.corpus.documents.map(\.name) == ["statement"])
        #expect(library.checkInvariants() == [])
        #expect(try library.search(QueryParser.parse("dashboard"), limit: nil).hits.isEmpty)
        #expect(try library.add(long))
        #expect(try library.search(QueryParser.parse("dashboard"), limit: nil).hits.count == 3_000)
        #expect(library.checkInvariants() == [])
    }

    /// The same inside a load, whose documents share one transaction: the stopped document's rows
    /// are taken out of it, and those before it stay.
    @Test func aStopWhileIndexingInsideALoadKeepsTheDocumentsBefore() throws {
        let library = try Library()
        var corpus = Corpus()
        let files = try Fixtures()
        let text = (1...3_000).map { "Paragraph \($0) says families wait for a dashboard.\n\n" }.joined()
        DocumentLoader().load([Repository.samples + "/statement.md", try files.write("long.md", "# Long\n\n" + text)], into: &corpus)
        let (statement, long) = (corpus.documents[0], corpus.documents[1])
        let ((added, stopped), failure) = library.index.addingMany { () -> (Bool, LoadError?) in
            let added = (try? library.add(statement)) ?? false
            do throws(LoadError) { try library.add(long, shouldStop: { true }) } catch { return (added, error) }
            return (added, nil)
        }
        #expect(added && stopped == .stopped(remaining: 1) && failure == nil)
        #expect(library.corpus.documents.map(\.name) == ["statement"])
        #expect(library.checkInvariants() == [])
        #expect(try library.search(QueryParser.parse("dashboard"), limit: nil).hits.isEmpty)
        #expect(try !library.search(QueryParser.parse("statement"), limit: nil).hits.isEmpty)
        #expect(try library.add(long))
        #expect(try library.search(QueryParser.parse("dashboard"), limit: nil).hits.count == 3_000)
        #expect(library.checkInvariants() == [])
    }

    /// Ctrl-C while one large file is still being parsed stops the load at once: it does not wait
    /// for the parse to end.
    @Test func aStopWhileALargeFileIsParsedDoesNotWaitForIt() throws {
        let files = try Fixtures()
        let text = (1...200_000).map { "Paragraph \($0) says families wait.\n\n" }.joined()
        let path = try files.write("large.md", "# Large\n\n" + text)
        final class Asked: @unchecked Sendable {
            let lock = NSLock()
            let loader = pthread_self()
            var count = 0
            // The first question comes before the wait for the file; the second, from inside it.
            func stop() -> Bool {
                lock.withLock {
                    if pthread_equal(pthread_self(), loader) != 0 { count += 1 }
                    return count >= 2
                }
            }
        }
        let asked = Asked()
        let library = try Library()
        let outcome = library.load([path], shouldStop: { asked.stop() })
        #expect(outcome.loaded.isEmpty && outcome.failures == [.stopped(remaining: 1)])
        #expect(library.corpus.documents.isEmpty && library.checkInvariants() == [])
    }

    /// Words are counted by the index's own tokenizer: its word count is the sum of its word
    /// frequencies, and every form of a word is counted under one stem, the stem `find` matches.
    @Test func wordCountsUseTheIndexTokenizer() throws {
        let library = try Library()
        library.load([Repository.samples + "/statement.md"])
        let frequencies = try library.termFrequencies(ofDocumentAt: 0)
        #expect(library.wordCount(ofDocumentAt: 0) == frequencies.values.reduce(0, +))
        #expect(library.wordCount(ofDocumentAt: 0) > 300)
        let passages = library.corpus.documents[0].passages
        let waitingForms = passages.map { $0.text.lowercased() }.reduce(0) { total, text in
            total + text.split(whereSeparator: { !$0.isLetter }).filter { ["wait", "waits", "waited", "waiting"].contains($0) }.count
        }
        #expect(waitingForms > 0)
        #expect(frequencies["wait"] == waitingForms)
        #expect(frequencies["waiting"] == nil)
    }

    /// Ctrl-C during a load of PDFs stops the readers running in the background too (their
    /// pdftohtml is killed), and keeps the documents added whole.
    @Test func aStoppedLoadStopsTheReadersAndKeepsWhatWasAdded() throws {
        try #require(Repository.reportFiles.count == 19, "the real reports are expected in \(Repository.reports)")
        final class Flag: @unchecked Sendable {
            private let lock = NSLock()
            private var raised = false
            func raise() { lock.withLock { raised = true } }
            var isRaised: Bool { lock.withLock { raised } }
        }
        let flag = Flag()
        let library = try Library()
        let loader = DocumentLoader(environment: ProcessInfo.processInfo.environment.merging(["SENDLENS_NO_CACHE": "1"]) { $1 })
        var added = 0
        let outcome = loader.load(Repository.reportFiles, adding: { document, _ throws(LoadError) in
            added += 1
            flag.raise()
            return try library.add(document)
        }, shouldStop: { flag.isRaised })
        #expect(added == 1 && outcome.loaded.count == 1)
        #expect(outcome.failures == [.stopped(remaining: 18)])
        #expect(library.checkInvariants() == [])
    }

    @Test func countsGroupBySectionInDocumentOrder() throws {
        let library = try Library()
        library.load(Repository.textSamples)
        let query = try QueryParser.parse("dashboard")
        let bySection = try library.count(query, by: .section)
        #expect(bySection.map(\.label) == ["report §7 Areas for priority action", "response §4 Our commitments", "response §7 Updates"])
        #expect(bySection.map(\.count) == [1, 1, 1])
        let byDocument = try library.count(query, by: .document)
        #expect(byDocument.map(\.label) == ["report", "response"])
        #expect(byDocument.map(\.count) == [1, 2])
    }
}
