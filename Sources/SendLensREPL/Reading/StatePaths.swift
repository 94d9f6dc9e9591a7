import Foundation

/// Where SEND Lens keeps what outlives a run: `$XDG_STATE_HOME/sendlens/`, by default
/// `~/.local/state/sendlens/`.
public struct StatePaths: Sendable {
    public let folder: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            folder = state + "/sendlens"
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            folder = home + "/.local/state/sendlens"
        }
    }

    public var history: String { folder + "/history" }

    /// Creates the folder if needed; false when it cannot be made (history is then kept for this run only).
    public func prepare() -> Bool {
        (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil
    }
}
