import Foundation

/// The file system as the loaders see it: a seam, so tests can make a file unreadable even when
/// they run as root.
public protocol FileReading: Sendable {
    func entry(at path: String) -> FileEntry
    func bytes(at path: String) throws(LoadError) -> [UInt8]
    /// Every file below a folder, sorted, without hidden files and folders.
    func files(under folder: String) throws(LoadError) -> [String]
}

public enum FileEntry: Sendable {
    case missing, file, folder
}

/// The real file system.
public struct LocalFiles: FileReading {
    public init() {}

    public func entry(at path: String) -> FileEntry {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        return isFolder.boolValue ? .folder : .file
    }

    public func bytes(at path: String) throws(LoadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: Self.reason(errno)) }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: Self.reason(errno))
            }
            if count == 0 { return result }
            result.append(contentsOf: buffer[..<count])
        }
    }

    public func files(under folder: String) throws(LoadError) -> [String] {
        let url = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw .unreadable(path: folder, reason: "the folder cannot be listed")
        }
        var found: [String] = []
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for case let item as URL in walker {
            guard (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = item.path.hasPrefix(url.path + "/") ? String(item.path.dropFirst(url.path.count + 1)) : item.lastPathComponent
            found.append(base + "/" + relative)
        }
        return found.sorted()
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
