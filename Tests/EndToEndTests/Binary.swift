import Foundation

/// The built `sendlens` binary, run as a user would run it.
enum Binary {
    /// The test bundle and the executable are built into the same folder.
    static let path: String = {
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = (runner as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/" {
            let candidate = folder + "/sendlens"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return "sendlens"
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the binary with `arguments`, feeding it `input` on a pipe (so it is not a terminal).
    static func run(_ arguments: [String], input: String = "", folder: String? = nil,
                    environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? repository)
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "SENDLENS_SAMPLES")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        // Output goes to files, so neither stream can fill a pipe and stall the child.
        let scratch = NSTemporaryDirectory() + "sendlens-run-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: scratch + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: scratch + ".out")
            try? FileManager.default.removeItem(atPath: scratch + ".err")
        }
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle(forWritingAtPath: scratch + ".out")
        process.standardError = FileHandle(forWritingAtPath: scratch + ".err")
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let output = FileManager.default.contents(atPath: scratch + ".out") ?? Data()
        let errors = FileManager.default.contents(atPath: scratch + ".err") ?? Data()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errors, as: UTF8.self))
    }
}
