import Foundation

/// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which is
/// flushed to disk and then put in place, so an interrupted write never leaves half a file and a
/// file that exists is never replaced unless asked.
///
///     try AtomicFile().write(Array("hello\n".utf8), to: "notes.txt", mode: .create)
public struct AtomicFile: Sendable {
    public enum Mode: Sendable {
        /// A new file; an existing one is an error (link(2) makes this check and the write one step).
        case create
        /// A new file, or a new version of an existing one.
        case replace
        /// The existing file's bytes, then these; a new file if there is none.
        case append
    }

    /// The write(2) the file's bytes go through, so tests can fill the disk.
    let writeBytes: @Sendable (Int32, UnsafeRawBufferPointer) -> Int

    public init() {
        writeBytes = { descriptor, buffer in Foundation.write(descriptor, buffer.baseAddress, buffer.count) }
    }

    init(writeBytes: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int) {
        self.writeBytes = writeBytes
    }

    public func write(_ bytes: [UInt8], to path: String, mode: Mode) throws(WriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .isFolder(path: path)
        }
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .noFolder(path: path, folder: folder)
        }
        var contents = bytes
        if mode == .append, let existing = FileManager.default.contents(atPath: path) {
            contents = Array(existing) + bytes
        }
        var template = Array(((folder.isEmpty ? "." : folder) + "/.sendlens-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: Self.reason(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporary)
        }
        let failure: Int32? = contents.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = writeBytes(descriptor, UnsafeRawBufferPointer(rebasing: buffer[written...]))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return count < 0 ? errno : ENOSPC }
                written += count
            }
            return nil
        }
        if let failure { throw .cannotWrite(path: path, reason: Self.reason(failure)) }
        fchmod(descriptor, 0o644)
        guard fsync(descriptor) == 0 else { throw .cannotWrite(path: path, reason: Self.reason(errno)) }
        closed = true
        guard close(descriptor) == 0 else { throw .cannotWrite(path: path, reason: Self.reason(errno)) }
        if mode == .create {
            if link(temporary, path) != 0 {
                let code = errno
                if code == EEXIST { throw .exists(path: path) }
                // A file system without hard links: check, then rename.
                guard code == EPERM || code == EOPNOTSUPP, !FileManager.default.fileExists(atPath: path) else {
                    throw .cannotWrite(path: path, reason: Self.reason(code))
                }
                guard rename(temporary, path) == 0 else { throw .cannotWrite(path: path, reason: Self.reason(errno)) }
            }
        } else {
            guard rename(temporary, path) == 0 else { throw .cannotWrite(path: path, reason: Self.reason(errno)) }
        }
    }

    /// The system's words for an error number, in lower case: "no space left on device".
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the disk is read-only"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}

/// Why a file could not be written.
public enum WriteError: Error, Equatable, Sendable {
    case exists(path: String)
    case isFolder(path: String)
    case noFolder(path: String, folder: String)
    case cannotWrite(path: String, reason: String)
}

extension WriteError {
    /// The same error about the file as the person named it (a replay resolves names against its folder).
    public func named(_ written: String) -> WriteError {
        switch self {
        case .exists: .exists(path: written)
        case .isFolder: .isFolder(path: written)
        case .noFolder: .noFolder(path: written, folder: (written as NSString).deletingLastPathComponent)
        case .cannotWrite(_, let reason): .cannotWrite(path: written, reason: reason)
        }
    }
}
