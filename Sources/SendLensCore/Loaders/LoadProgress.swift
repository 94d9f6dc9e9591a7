import Foundation

/// How far a load has got, counted as the files are read in the background and looked at from
/// another thread (the terminal's progress line).
public final class LoadProgress: @unchecked Sendable {
    public struct Snapshot: Sendable, Equatable {
        public var files = 0
        public var bytes = 0
        public var filesRead = 0
        public var bytesRead = 0

        /// "reading 12 of 40 files, 35.2 of 120.0 MB".
        public var description: String {
            let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_000_000) }
            return "reading \(filesRead) of \(files) \(files == 1 ? "file" : "files"), "
                + "\(megabytes(bytesRead)) of \(megabytes(bytes)) MB"
        }
    }

    private let lock = NSLock()
    private var state = Snapshot()

    public init() {}

    public var snapshot: Snapshot { lock.withLock { state } }

    func start(files: Int, bytes: Int) {
        lock.withLock { state = Snapshot(files: files, bytes: bytes) }
    }

    func read(bytes: Int) {
        lock.withLock {
            state.filesRead += 1
            state.bytesRead += bytes
        }
    }
}
