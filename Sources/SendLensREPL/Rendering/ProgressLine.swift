import Foundation
import SendLensCore

/// A long load's progress on one line of standard error ("reading 12 of 40 files, 35.2 of
/// 120.0 MB"), written over in place a few times a second once the load has run for `delay`
/// seconds, and cleared when it ends. Only for a terminal: the caller decides.
final class ProgressLine: @unchecked Sendable {
    private let progress: LoadProgress
    private let timer: DispatchSourceTimer
    private let lock = NSLock()
    private var shown = false
    private var stopped = false

    init(progress: LoadProgress, delay: Double = 1) {
        self.progress = progress
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + delay, repeating: 0.25)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    private func draw() {
        lock.withLock {
            guard !stopped else { return }
            shown = true
            _ = StandardStreams.write("\r\u{1B}[K" + progress.snapshot.description, to: STDERR_FILENO)
        }
    }

    /// Stops drawing, and takes the line away if it was drawn.
    func stop() {
        timer.cancel()
        lock.withLock {
            stopped = true
            if shown { _ = StandardStreams.write("\r\u{1B}[K", to: STDERR_FILENO) }
        }
    }
}
