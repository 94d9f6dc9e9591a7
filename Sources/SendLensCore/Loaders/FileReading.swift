import Foundation

/// The file system as the loaders see it: a seam, so tests can make a file unreadable even when
/// they run as root.
public protocol FileReading: Sendable {
    func entry(at path: String) -> FileEntry
    func bytes(at path: String) throws(LoadError) -> [UInt8]
    /// Every file below a folder, sorted, without hidden files and folders.
    func files(under folder: String) throws(LoadError) -> [String]
    /// The files directly in a folder (not below it), sorted, without hidden ones.
    func files(in folder: String) throws(LoadError) -> [String]
    /// The path to hand another program (pdftohtml) for a path as the person wrote it.
    func resolved(_ path: String) -> String
    /// The file's size in bytes, when it can be told without reading it (for a load's progress).
    func size(at path: String) -> Int?
}

extension FileReading {
    public func resolved(_ path: String) -> String { path }
    public func size(at path: String) -> Int? { nil }
    public func files(in folder: String) throws(LoadError) -> [String] {
        try files(under: folder).filter { $0.hasPrefix(folder + "/") && !$0.dropFirst(folder.count + 1).contains("/") }
    }
}

public enum FileEntry: Sendable {
    case missing, file, folder
}

/// The real file system. Relative paths are taken from `base` when one is given (a replayed
/// script's folder), and are reported as written; with `confinedTo`, only files inside those
/// folders may be read (a script found elsewhere must not read `~/.ssh`).
public struct LocalFiles: FileReading {
    let base: String?
    /// Real paths of the folders reading is confined to; nil for anywhere.
    let allowed: [String]?
    /// The largest file read, in bytes.
    let limit: Int

    /// 200 MB: far more than any report, survey or response, and far less than the memory it would take.
    public static let defaultLimit = 200_000_000

    public init(base: String? = nil, confinedTo folders: [String]? = nil, limit: Int = LocalFiles.defaultLimit) {
        self.base = base
        allowed = folders.map { $0.map(Self.realPath) }
        self.limit = limit
    }

    public func resolved(_ path: String) -> String {
        guard let base, !path.hasPrefix("/") else { return path }
        let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst() : path
        return expanded.hasPrefix("/") ? expanded : base + "/" + expanded
    }

    /// The path with symbolic links and `..` taken out, or as given when it does not exist.
    public static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(decoding: UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)), as: UTF8.self)
    }

    /// Refuses a path outside the allowed folders.
    private func check(_ path: String) throws(LoadError) {
        guard let allowed else { return }
        let real = Self.realPath(resolved(path))
        guard allowed.contains(where: { real == $0 || real.hasPrefix($0 == "/" ? "/" : $0 + "/") }) else {
            throw .outsideFolder(path: path, folder: allowed.first ?? "/")
        }
    }

    public func size(at path: String) -> Int? {
        var status = stat()
        guard stat(resolved(path), &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    public func entry(at path: String) -> FileEntry {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved(path), isDirectory: &isFolder) else { return .missing }
        return isFolder.boolValue ? .folder : .file
    }

    public func bytes(at path: String) throws(LoadError) -> [UInt8] {
        try check(path)
        // Only regular files: a pipe or a device would be read for ever (or block until written to).
        var status = stat()
        guard stat(resolved(path), &status) == 0 else { throw .unreadable(path: path, reason: Self.reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: throw .notAFile(path: path, what: "a pipe")
        case S_IFCHR, S_IFBLK: throw .notAFile(path: path, what: "a device")
        case S_IFSOCK: throw .notAFile(path: path, what: "a socket")
        default: throw .notAFile(path: path, what: "not a regular file")
        }
        guard Int(status.st_size) <= limit else { throw .tooLarge(path: path, size: Int(status.st_size), limit: limit) }
        let descriptor = open(resolved(path), O_RDONLY | O_NONBLOCK)
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
            // A file that grows while it is read is read no further than the limit.
            if result.count > limit { throw .tooLarge(path: path, size: result.count, limit: limit) }
        }
    }

    /// Every file below a folder, following links to files and folders; a link back to a folder
    /// already walked (a loop) is not followed again.
    public func files(under folder: String) throws(LoadError) -> [String] {
        try listing(folder, below: true)
    }

    /// The files directly in a folder, for a name with * or ? in it: nothing below is walked.
    public func files(in folder: String) throws(LoadError) -> [String] {
        try listing(folder, below: false)
    }

    private func listing(_ folder: String, below: Bool) throws(LoadError) -> [String] {
        try check(folder)
        let top = resolved(folder)
        guard (try? FileManager.default.contentsOfDirectory(atPath: top)) != nil else {
            throw .unreadable(path: folder, reason: "the folder cannot be listed")
        }
        var found: [String] = []
        var walked: Set<String> = []
        func walk(_ path: String, shown: String) {
            guard walked.insert(Self.realPath(path)).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                var status = stat()
                // (A link to nothing is passed over.)
                guard stat(path + "/" + name, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR where below: walk(path + "/" + name, shown: shown + "/" + name)
                case S_IFREG: found.append(shown + "/" + name)
                default: continue
                }
            }
        }
        walk(top, shown: folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
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
