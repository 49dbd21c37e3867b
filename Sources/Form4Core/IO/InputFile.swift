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
        return InputFile(name: path, bytes: try readAll(fd: fd, name: path))
    }

    private static func readAll(fd: Int32, name: String) throws(InputError) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(path: name, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
            if result.count > sizeLimit {
                throw InputError(path: name, reason: "larger than \(sizeLimit >> 20) MiB; not an ownership filing")
            }
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
