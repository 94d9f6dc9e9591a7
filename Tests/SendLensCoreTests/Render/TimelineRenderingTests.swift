import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// A timeline on a terminal keeps its styles (citations and excerpts faint, an overdue deadline
/// a warning); as plain text, where styles go unseen, it is the same characters in fewer spans.
@Suite struct TimelineRenderingTests {
    @Test func stylesOnATerminalTheSameTextAsPlainText() throws {
        let library = try Library()
        library.load(Repository.textSamples)
        let timeline = library.timeline(asOf: Day(year: 2024, month: 6, day: 1)!)
        let terminal = TextRenderer(library: library, mode: .terminal(width: 120, colour: true)).render(.timeline(timeline))
        let plain = TextRenderer(library: library, mode: .plain).render(.timeline(timeline))
        #expect(terminal.spans.contains { $0.emphasis == .faint && $0.text.hasPrefix("response §") })
        #expect(terminal.spans.contains { $0.emphasis == .warning && $0.text.hasPrefix("deadline, overdue") })
        #expect(!plain.spans.contains { $0.emphasis == .faint || $0.emphasis == .warning })
        #expect(plain.spans.count * 4 < terminal.spans.count)
        // Wrapped to its width on the terminal, the same text otherwise.
        #expect(terminal.plain.replacingOccurrences(of: "\n", with: " ").split(separator: " ")
            == plain.plain.replacingOccurrences(of: "\n", with: " ").split(separator: " "))
    }
}
