import LibXML

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
        // The last "/" found on bytes: "/" is ASCII and never part of another
        // character in UTF-8, and a `Character` search of every output path cost
        // half a percent of a bulk encode.
        let directory = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(Substring(path.utf8[..<$0])) } ?? "."
        do {
            try POSIXFile.writeAtomically(bytes, to: path, directory: directory)
        } catch {
            let reason = if case .system(let message) = error { message } else { "cannot be written" }
            throw OutputError(path: path, reason: reason)
        }
    }

    /// The canonical absolute path, or the path itself when it does not exist yet.
    static func resolved(_ path: String) -> String {
        if let real = POSIXFile.realPath(path) { return real }
        // A new file: resolve its directory.
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let real = POSIXFile.realPath(directory.isEmpty ? "/" : directory) { return real + "/" + name }
        return path
    }
}

/// An output that could not be written (exit status 2).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
