import Foundation

/// Finds the bundled `samples/` folder: `$SENDLENS_SAMPLES`; beside an installed binary
/// (`PREFIX/share/sendlens/samples` for `PREFIX/bin/sendlens`); or, for `swift run` and the test
/// suite, in the package that built the binary.
public enum SampleLocator {
    public static func find(environment: [String: String], executable: String? = executablePath()) -> String? {
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

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
