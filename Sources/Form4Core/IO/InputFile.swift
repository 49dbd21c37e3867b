#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}

/// The bytes of one input and the name to show for it in diagnostics.
public struct InputFile: Sendable {
    /// The path as the user gave it, or `<stdin>`.
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Inputs larger than this are refused before they are read whole: no
    /// ownership document comes near it, and reading on would only eat memory.
    public static let sizeLimit = 256 << 20

    /// Reads `path`, or standard input for `-`.
    public static func read(_ path: String) throws(InputError) -> InputFile {
        if path == "-" {
            return InputFile(name: "<stdin>", bytes: try readAll(fd: 0, name: "<stdin>"))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(path: path, reason: "is a directory")
        }
        let size = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        if size > sizeLimit {
            throw InputError(path: path, reason: "larger than \(sizeLimit >> 20) MiB; not an ownership filing")
        }
        return InputFile(name: path, bytes: try readAll(fd: fd, name: path, sizeHint: size))
    }

    /// Reads to the end of `fd` in chunks that are never zero-filled first;
    /// `sizeHint` (a regular file's size) makes the first chunk hold it all.
    private static func readAll(fd: Int32, name: String, sizeHint: Int = 0) throws(InputError) -> [UInt8] {
        var result: [UInt8] = []
        var chunkSize = max(sizeHint + 1, 1 << 16)
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                let n = systemRead(fd, buffer.baseAddress, chunkSize)
                if n < 0 { failure = errno }
                initialized = max(n, 0)
            }
            if failure == EINTR { continue }
            if failure != 0 { throw InputError(path: name, reason: String(cString: strerror(failure))) }
            if chunk.isEmpty { break }
            if result.isEmpty { result = chunk } else { result += chunk }
            if result.count > sizeLimit {
                throw InputError(path: name, reason: "larger than \(sizeLimit >> 20) MiB; not an ownership filing")
            }
            chunkSize = 1 << 16
        }
        return result
    }
}

/// An input that could not be read at all (exit status 2).
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
