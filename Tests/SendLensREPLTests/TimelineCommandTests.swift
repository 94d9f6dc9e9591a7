import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL
@testable import SendLensCore

struct TimelineCommandTests {
    @Test func theResponsesDeadlinesAreDueOrOverdueAgainstTheAsOfDate() throws {
        let transcript = Transcript()
        let shell = transcript.shell()
        #expect(transcript.run("timeline response --deadlines --as-of 2024-03-01") == .result(1))
        guard case .timeline(let timeline) = shell.cells[0].value else { Issue.record("not a timeline"); return }
        #expect(timeline.asOf == Day(year: 2024, month: 3, day: 1))
        #expect(timeline.events.allSatisfy { $0.mention.kind == .deadline } && !timeline.events.isEmpty)
        let deadlines = timeline.events.map { "\($0.mention.end!) \($0.status!.rawValue) \($0.mention.text)" }
        // The plan was due by 15 December and an update reports it submitted on the 19th; the chair
        // was appointed in time; the dashboard came in February, before the end of March.
        #expect(deadlines.prefix(4) == ["2023-12-15 done late within 35 days of the report's publication",
                                        "2023-12-15 done late by 15 December 2023",
                                        "2023-12-31 done before the end of December 2023",
                                        "2024-03-31 done by the end of March 2024"])
        #expect(timeline.events[0].doneOn == Day(year: 2023, month: 12, day: 19))
        #expect(shell.library.citation(of: timeline.events[0].doneIn!)?.description == "response §7 ¶1.1")
        #expect(deadlines.contains("2024-03-31 due soon By March 2024"))
        #expect(deadlines.contains("2025-05-10 open within 18 months"))
        #expect(deadlines.contains("2026-11-10 open within three years"))
        // Waits are not deadlines, and a standard is not a date.
        #expect(!deadlines.contains { $0.contains("working days") })
        let lines = transcript.text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Timeline of response: 12 dates, of which 12 deadlines (as of 1 March 2024)")
        #expect(lines[1] == "December 2023")
        #expect(lines[2].hasPrefix("  by 15 December 2023   response §4 ¶1.1   deadline, done late  “within 35 days of the report's publication” — We"))
        #expect(lines[3] == "                        ↳ done 19 December 2023, response §7 ¶1.1: our Priority Action Plan was submitted to Ofsted on…")
        // Before the update was published, the plan was simply overdue.
        transcript.clear()
        transcript.run("timeline response --deadlines --as-of 2023-12-18")
        #expect(transcript.text.contains("by 15 December 2023   response §4 ¶1.1   deadline, overdue  "))
    }

    @Test func theSamplesDeadlinesShowThePlanItsSubmissionAndTheNextInspections() throws {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [Repository.samples])
        #expect(transcript.run("timeline --deadlines --as-of 2024-01-31") == .result(1))
        guard case .timeline(let timeline) = shell.cells[0].value else { Issue.record("not a timeline"); return }
        let described = timeline.events.map { event in
            "\(shell.library.citation(of: event.passage)!) \(event.mention.end!) \(event.status!.rawValue) \(event.mention.text)"
                + (event.doneIn.map { " ← \(shell.library.citation(of: $0)!)" } ?? "")
        }
        // The priority action plan, due 35 days after the report's publication (the response's
        // words; the report asks for the plan without a date), reported submitted on the 19th.
        #expect(described.contains("response §4 ¶1.1 2023-12-15 done late within 35 days of the report's publication ← response §7 ¶1.1"))
        // The news's list item says the same in four words ("Priority action plan due within 35
        // days"): a deadline from the article's date, known as met by the glossary term it shares
        // with the update.
        #expect(described.contains("news §2 ¶3.1 2023-12-15 done late due within 35 days ← response §7 ¶1.1"))
        // The report's next inspections, counted from its date (the PDF's, 9 November).
        #expect(described.contains("report p.1 ¶4.1 2025-05-09 open within approximately 18 months"))
        #expect(described.contains("report p.1 ¶4.2 2026-11-09 open within approximately 3 years"))
    }

    @Test func everyDateInOrderWithWaitsApart() throws {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("timeline --from 2023-06-01 --to 2023-12-31 --as-of 2024-03-01")
        guard case .timeline(let timeline) = shell.cells[0].value else { Issue.record("not a timeline"); return }
        let days = timeline.events.map { $0.mention.kind == .deadline ? $0.mention.end! : $0.mention.start! }
        // Open intervals ("since 2019") have no last day; the rest end in the window.
        #expect(days == days.sorted())
        #expect(days.contains(Day(year: 2023, month: 6, day: 26)!) && days.last == Day(year: 2023, month: 12, day: 31))
        #expect(timeline.events.allSatisfy { $0.mention.end.map { $0 >= Day(year: 2023, month: 6, day: 1)! } ?? true })
        #expect(timeline.durations.contains { $0.mention.text == "78 weeks" && $0.mention.kind == .duration })
        #expect(transcript.text.contains("\nWaits and repeats (not days on the calendar), the longest first:\n"))
        transcript.clear()
        #expect(transcript.run("timeline nosuch") == .failed)
        #expect(transcript.errors == "error: no document named 'nosuch'; loaded: report, response, statement\n")
        #expect(transcript.run("timeline --as-of 31/02/2024") == .failed)
    }

    /// A response written weeks after the report counts "within 35 working days of the report's
    /// publication" from the publication it names, not from its own date, and says so in JSON.
    @Test func aWaitCountsFromTheEventTheDocumentDates() throws {
        let scratch = try Scratch()
        try scratch.write("late-response.md", """
            ---
            date: 2025-01-29
            ---
            # Our response

            Our response to the area SEND inspection published on 6 December 2024.

            We will submit our strategic plan to Ofsted within 35 working days of the report's publication.

            We will reply to every family within 35 working days.
            """)
        let transcript = Transcript()
        let shell = transcript.shell(opening: [scratch.folder + "/late-response.md"])
        transcript.clear()
        transcript.run("timeline late-response --deadlines --as-of 2025-02-10")
        guard case .timeline(let timeline) = shell.cells[0].value else { Issue.record("not a timeline"); return }
        let deadlines = timeline.events.map { "\($0.mention.anchor!) \($0.mention.end!) \($0.mention.text)" }
        #expect(deadlines == ["2024-12-06 2025-01-29 within 35 working days of the report's publication"])
        #expect(transcript.text.contains("deadline, overdue"))
        transcript.clear()
        transcript.run("timeline late-response --deadlines --as-of 2025-02-10 >| \(scratch.folder)/dates.json")
        let json = try String(contentsOfFile: scratch.folder + "/dates.json", encoding: .utf8)
        #expect(json.contains("\"anchor\" : \"2024-12-06\"") || json.contains("\"anchor\":\"2024-12-06\""))
    }

    /// With many documents loaded, an unknown name's error lists ten of them, not all.
    @Test func anUnknownNameAmongManyDocumentsListsTenAndCountsTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 1...14 {
            try "# Note \(number)\n\nThe panel met on 3 January 2024.\n".write(to: folder.appendingPathComponent("note\(number).md"),
                                                                          atomically: true, encoding: .utf8)
        }
        let transcript = Transcript()
        _ = transcript.shell(opening: [Repository.samples + "/report.pdf", Repository.samples + "/response.md",
                                       Repository.samples + "/statement.md", folder.path])
        transcript.clear()
        #expect(transcript.run("timeline nosuch") == .failed)
        #expect(transcript.errors == "error: no document named 'nosuch'; loaded: report, response, statement, note1, note10, note11, "
            + "note12, note13, note14, note2 and 7 more (docs lists them)\n")
    }
}
