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
