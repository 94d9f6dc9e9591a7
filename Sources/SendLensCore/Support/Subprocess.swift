import Foundation

/// Runs a program and collects what it prints, through posix_spawn. (Foundation's `Process` on
/// Linux closes every possible file descriptor before it starts the child, which took 70 ms here:
/// most of the time it takes to open the samples.)
public enum Subprocess {
    public struct Result: Sendable {
        public var status: Int32
        public var output: [UInt8]
        public var errors: String
        /// Why the child was killed before it finished, if it was.
        public var ended: Ending?
    }

    public enum Ending: Sendable, Equatable {
        case timedOut, stopped
    }

    /// Runs `executable` to the end, or until `timeLimit` seconds have passed or `shouldStop`
    /// (asked ten times a second) says so. Nil when it could not be started.
    public static func run(_ executable: String, _ arguments: [String], timeLimit: Double = 120,
                           shouldStop: () -> Bool = { false }) -> Result? {
        var outputPipe: [Int32] = [0, 0]
        var errorPipe: [Int32] = [0, 0]
        guard pipe(&outputPipe) == 0 else { return nil }
        guard pipe(&errorPipe) == 0 else {
            close(outputPipe[0]); close(outputPipe[1])
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        for descriptor in outputPipe + errorPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let started = posix_spawn(&child, executable, &actions, nil, argv, environ)
        close(outputPipe[1])
        close(errorPipe[1])
        guard started == 0 else {
            close(outputPipe[0]); close(errorPipe[0])
            return nil
        }
        // Both streams are read as they come, so a child that writes much to one while the other
        // waits never blocks; past the time limit, or when asked to stop, the child is killed.
        let (output, errorBytes, ended) = collect(output: outputPipe[0], errors: errorPipe[0], timeLimit: timeLimit, shouldStop: shouldStop)
        close(outputPipe[0])
        close(errorPipe[0])
        if ended != nil { kill(child, SIGKILL) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitCode, output: output, errors: String(decoding: errorBytes, as: UTF8.self), ended: ended)
    }

    private static func collect(output: Int32, errors: Int32, timeLimit: Double,
                                shouldStop: () -> Bool) -> ([UInt8], [UInt8], Ending?) {
        var collected: [[UInt8]] = [[], []]
        var open = [true, true]
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = monotonicSeconds() + timeLimit
        while open[0] || open[1] {
            if shouldStop() { return (collected[0], collected[1], .stopped) }
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 { return (collected[0], collected[1], .timedOut) }
            var descriptors = [pollfd(fd: open[0] ? output : -1, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: open[1] ? errors : -1, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, Int32(min(remaining, 0.1) * 1000) + 1)
            if ready < 0 {
                if errno == EINTR { continue }
                return (collected[0], collected[1], nil)
            }
            for slot in 0..<2 where open[slot] && descriptors[slot].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptors[slot].fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    open[slot] = false
                } else {
                    collected[slot].append(contentsOf: buffer[..<count])
                }
            }
        }
        return (collected[0], collected[1], nil)
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
