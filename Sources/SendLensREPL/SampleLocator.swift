import Foundation

/// Finds the bundled `samples/` folder: `$SENDLENS_SAMPLES`; beside an installed binary
/// (`PREFIX/share/sendlens/samples` for `PREFIX/bin/sendlens`); or, for `swift run` and the test
/// suite, in the package that built the binary.
public enum SampleLocator {
    public static func find(environment: [String: String], executable: String? = executablePath()) -> String? {
        search(environment: environment, executable: executable).map(relativeToWorkingFolder)
    }

    private static func search(environment: [String: String], executable: String?) -> String? {
        if let given = environment["SENDLENS_SAMPLES"], !given.isEmpty { return given }
        guard let executable else { return nil }
        var folder = (executable as NSString).deletingLastPathComponent
        let installed = ((folder as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("share/sendlens/samples")
        if isFolder(installed) { return installed }
        // .build/<triple>/debug/sendlens → the package root holds Package.swift and samples/.
        while folder != "/" && !folder.isEmpty {
            let candidate = (folder as NSString).appendingPathComponent("samples")
            if isFolder(candidate), FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("Package.swift")) {
                return candidate
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    public static func executablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }

    /// "samples" rather than "/home/me/sendlens/samples" when run from the package: shorter in `docs`.
    static func relativeToWorkingFolder(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
