import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// A second `timeline` reads again only the passages the first found dates in (or reports of
/// something done), and finds the same.
@Suite struct TimelineCacheTests {
    @Test func aSecondTimelineReadsOnlyThePassagesWithDatesAndFindsTheSame() throws {
        let library = try Library()
        library.load(Repository.textSamples + [Repository.survey, Repository.samples + "/report.pdf"])
        #expect(library.datedPassages.isEmpty)
        let asOf = Day(year: 2024, month: 1, day: 31)!
        let first = library.timeline(asOf: asOf)
        let documents = library.corpus.documents
        #expect(library.datedPassages.count == documents.count)
        // What is kept is exactly the passages holding a date or reporting something done.
        for document in documents {
            let kept = try #require(library.datedPassages[Library.datesKey(document)])
            let tagger = DateTagger(anchor: document.date)
            let expected = document.passages.filter { passage in
                let (mentions, done) = tagger.read(passage.text, askingWhetherDone: true)
                return !mentions.isEmpty || done
            }.map { Int32($0.index) }
            #expect(kept == expected, "\(document.name)")
        }
        #expect(library.datedPassages.values.reduce(0) { $0 + $1.count } < documents.reduce(0) { $0 + $1.passages.count } / 2)
        #expect(library.timeline(asOf: asOf) == first)
        #expect(library.timeline(asOf: asOf, selecting: .deadlines) == Library.timelineUncached(library, asOf: asOf, selecting: .deadlines))

        // A document taken out takes what was kept of it too.
        try library.unload("response")
        #expect(library.datedPassages.count == documents.count - 1)
    }
}

extension Library {
    /// The timeline as read with nothing kept from before.
    static func timelineUncached(_ library: Library, asOf: Day, selecting selection: TimelineSelection) -> Timeline {
        let kept = library.datedPassages
        library.datedPassages = [:]
        defer { library.datedPassages = kept }
        return library.timeline(asOf: asOf, selecting: selection)
    }
}
