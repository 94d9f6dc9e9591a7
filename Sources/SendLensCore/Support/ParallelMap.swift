import Foundation

/// `transform` over `0..<count` cut into chunks of `chunk`, on every core; the results in order.
///
///     parallelMap(count: 10, chunk: 4) { range in range.map { $0 * 2 } }   // [[0, 2, 4, 6], [8, 10, 12, 14], [16, 18]]
func parallelMap<Result: Sendable>(count: Int, chunk: Int, _ transform: @Sendable (Range<Int>) -> Result) -> [Result] {
    let chunks = (count + chunk - 1) / max(chunk, 1)
    let slots = ParallelSlots<Result>(chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { number in
        slots.set(number, transform((number * chunk)..<min(count, (number + 1) * chunk)))
    }
    return slots.values.map { $0! }
}

/// The results of `parallelMap`, each slot written once, under a lock.
private final class ParallelSlots<Value: Sendable>: @unchecked Sendable {
    private(set) var values: [Value?]
    private let lock = NSLock()

    init(_ count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ slot: Int, _ value: Value) {
        lock.lock()
        values[slot] = value
        lock.unlock()
    }
}

/// Starts `body` for each of `0..<count` on threads of their own, one a core, and returns at once.
/// The threads run below the calling thread's priority (on Linux, where a thread's nice value is
/// its own), so that on a machine with few cores the thread that waits for their results (the
/// loader's indexing) keeps its core; they end when the work does.
func startInBackground(count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let next = WorkCounter(count)
    for _ in 0..<min(count, max(1, ProcessInfo.processInfo.activeProcessorCount)) {
        let thread = Thread {
            #if os(Linux)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 5)
            #endif
            while let index = next.take() { body(index) }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// The next piece of work to take, for `startInBackground`'s threads.
private final class WorkCounter: @unchecked Sendable {
    private var next = 0
    private let count: Int
    private let lock = NSLock()

    init(_ count: Int) {
        self.count = count
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
