#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system calls the tool makes, over POSIX: reading a whole input,
/// writing an output through a temporary file and a rename, resolving a path,
/// listing a directory. Kept here with the other C calls so that the modules
/// above see only Swift values: bytes, strings and a failure saying why.
public enum POSIXFile {
    /// Why a file system call failed.
    public enum Failure: Error, Sendable, Equatable {
        /// The system's own message (`strerror`).
        case system(String)
        /// A directory was named where a file was expected.
        case isDirectory
        /// More than the caller's limit of bytes, found before or while reading.
        case tooLarge
    }

    private static func systemMessage(_ code: Int32) -> Failure { .system(String(cString: strerror(code))) }

    /// The whole content of `path`, or of standard input when `path` is nil.
    /// Reads in chunks that are never zero-filled first; a regular file's
    /// size makes the first chunk hold it all. More than `limit` bytes is
    /// refused, before reading when the size is known.
    public static func readAll(_ path: String?, limit: Int) throws(Failure) -> [UInt8] {
        guard let path else { return try readAll(fd: 0, sizeHint: 0, limit: limit) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw systemMessage(errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
        let size = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        if size > limit { throw .tooLarge }
        return try readAll(fd: fd, sizeHint: size, limit: limit)
    }

    private static func readAll(fd: Int32, sizeHint: Int, limit: Int) throws(Failure) -> [UInt8] {
        var result: [UInt8] = []
        var chunkSize = max(sizeHint + 1, 1 << 16)
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                let n = read(fd, buffer.baseAddress, chunkSize)
                if n < 0 { failure = errno }
                initialized = max(n, 0)
            }
            if failure == EINTR { continue }
            if failure != 0 { throw systemMessage(failure) }
            if chunk.isEmpty { break }
            if result.isEmpty { result = chunk } else { result += chunk }
            if result.count > limit { throw .tooLarge }
            chunkSize = 1 << 16
        }
        return result
    }

    /// Writes `bytes` to a new temporary file in `directory`, mode 0644, and
    /// renames it to `path`: a reader sees the old file or the whole new one.
    /// No fsync: the rename already gives that, and syncing every file of a
    /// bulk run cost more than converting them; surviving a power cut is the
    /// file system's job.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, directory: String) throws(Failure) {
        var template = Array("\(directory.isEmpty ? "/" : directory)/.form4xml-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw systemMessage(errno) }
        let temporary = String(cString: template)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                let failure = n < 0 ? systemMessage(errno) : .system("nothing written")
                close(fd)
                unlink(temporary)
                throw failure
            }
            offset += n
        }
        fchmod(fd, 0o644)
        if close(fd) != 0 {
            let failure = systemMessage(errno)
            unlink(temporary)
            throw failure
        }
        if rename(temporary, path) != 0 {
            let failure = systemMessage(errno)
            unlink(temporary)
            throw failure
        }
    }

    /// The canonical absolute path of an existing file or directory (`realpath`).
    public static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// The names in `directory` that do not start with a dot, in the order
    /// the system lists them; nil when it cannot be opened.
    public static func visibleNames(in directory: String) -> [String]? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }

    /// What a path names: a directory, a regular file, or something else.
    public enum Kind: Sendable { case directory, regular, other }

    /// What `path` names, through symbolic links (`stat`) or not (`lstat`).
    public static func kind(of path: String, followingLinks: Bool = true) throws(Failure) -> Kind {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { throw systemMessage(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        default: return .other
        }
    }
}
