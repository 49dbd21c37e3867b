#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

/// Writes output files so that a reader never sees half of one: the bytes go
/// to a temporary file beside the target, which is then renamed over it.
/// An interrupted run leaves the old file (or none), never a truncated one.
public enum AtomicFile {
    /// Writes `bytes` to `path`. Refuses to replace any of `protectedInputs`
    /// (compared as resolved paths), so `-o` can never clobber an input.
    public static func write(_ bytes: [UInt8], to path: String, protecting protectedInputs: [String] = [])
        throws(OutputError)
    {
        // Resolving costs a readlink per path component, so only when there is something to compare.
        let protected = protectedInputs.filter { $0 != "-" }
        if !protected.isEmpty {
            let target = resolved(path)
            for input in protected where resolved(input) == target {
                throw OutputError(path: path, reason: "is also an input; refusing to overwrite it")
            }
        }
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        var template = Array("\(directory.isEmpty ? "/" : directory)/.form4xml-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(cString: template)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw OutputError(path: path, reason: reason)
            }
            offset += n
        }
        fchmod(fd, 0o644)
        // No fsync: the rename already guarantees that readers and an interrupted
        // run see the old file or the whole new one. Surviving a power cut is
        // the file system's job, and syncing every file of a bulk
        // `--output-dir` run cost more than converting them.
        if close(fd) != 0 {
            unlink(temporary)
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: path, reason: reason)
        }
    }

    /// The canonical absolute path, or the path itself when it does not exist yet.
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        // A new file: resolve its directory.
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let real = realpath(directory.isEmpty ? "/" : directory, nil) {
            defer { free(real) }
            return String(cString: real) + "/" + name
        }
        return path
    }
}

/// An output that could not be written (exit status 2).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
