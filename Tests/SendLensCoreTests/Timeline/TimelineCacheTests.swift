import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// Dates are read at load, on the threads that parse the files, and kept small; `timeline` reads
/// them back from there, and finds what reading every passage afresh finds.
@Suite struct TimelineCacheTests {
    @Test func theDatesReadAtLoadAreThoseTheTaggerFinds() throws {
        let library = try Library()
        library.load(Repository.textSamples + [Repository.survey, Repository.samples + "/report.pdf"])
        let documents = library.corpus.documents
        #expect(library.dates.count == documents.count)
        var held = 0
        for document in documents {
            let dates = try #require(library.dates[Library.datesKey(document)])
            #expect(dates.anchor == document.date && dates.passageCount == document.passages.count)
            let tagger = DateTagger(anchor: document.date)
            for passage in document.passages {
                let (mentions, done) = tagger.read(passage.text, askingWhetherDone: true)
                #expect(dates.mentions(at: passage.index, in: passage.text) == mentions, "\(passage.citation)")
                #expect(dates.holdsDates(passage.index) == !mentions.isEmpty)
                #expect(dates.reportsDone(passage.index) == done, "\(passage.citation)")
                held += mentions.count
            }
        }
        #expect(held > 50)
    }

    @Test func wordsBeyondPlainLettersAreReadBackExactly() {
        let texts = ["Le café’s review — due “within 35 days” — will meet on 10 November 2023 😀, then 1 Dec.",
                     "No date here.", "Since September 2022 the wait is 78 weeks; it was submitted on 19 December 2023."]
        let dates = DocumentDates(reading: texts, anchor: Day(year: 2023, month: 11, day: 10))
        let tagger = DateTagger(anchor: Day(year: 2023, month: 11, day: 10))
        for (index, text) in texts.enumerated() {
            #expect(dates.mentions(at: index, in: text) == tagger.read(text, askingWhetherDone: true).mentions)
        }
        #expect(dates.mentions(at: 0, in: texts[0]).map(\.text) == ["within 35 days", "10 November 2023", "1 Dec"])
        #expect(!dates.holdsDates(1) && dates.reportsDone(2) && !dates.reportsDone(0))
    }

    @Test func aTimelineFromTheKeptDatesIsTheSameAsOneReadAfresh() throws {
        let library = try Library()
        library.load(Repository.textSamples + [Repository.survey, Repository.samples + "/report.pdf"])
        let asOf = Day(year: 2024, month: 1, day: 31)!
        for selection in [Library.TimelineSelection.everything, .deadlines, .durations] {
            let kept = library.timeline(asOf: asOf, selecting: selection)
            #expect(kept == Library.timelineUncached(library, asOf: asOf, selecting: selection))
        }
        #expect(!library.timeline(asOf: asOf, selecting: .deadlines).events.isEmpty)
        // A document added without its dates has them read by the first `timeline`, and kept.
        let other = try Library()
        for document in library.corpus.documents { try other.add(document) }
        #expect(other.dates.isEmpty)
        #expect(other.timeline(asOf: asOf) == library.timeline(asOf: asOf))
        #expect(other.dates.count == library.corpus.documents.count)

        // A document taken out takes its dates too.
        try library.unload("response")
        #expect(library.dates.count == library.corpus.documents.count)
    }
}

extension Library {
    /// The timeline as read with nothing kept from before.
    static func timelineUncached(_ library: Library, asOf: Day, selecting selection: TimelineSelection) -> Timeline {
        let kept = library.dates
        library.dates = [:]
        defer { library.dates = kept }
        return library.timeline(asOf: asOf, selecting: selection)
    }
}
