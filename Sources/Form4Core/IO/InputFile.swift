import LibXML

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
        let name = path == "-" ? "<stdin>" : path
        do {
            return InputFile(name: name, bytes: try POSIXFile.readAll(path == "-" ? nil : path, limit: sizeLimit))
        } catch {
            switch error {
            case .system(let reason): throw InputError(path: name, reason: reason)
            case .isDirectory: throw InputError(path: name, reason: "is a directory")
            case .tooLarge: throw InputError(path: name, reason: "larger than \(sizeLimit >> 20) MiB; not an ownership filing")
            }
        }
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
