import Foundation

/// Writes to standard output in one call, so parallel commands never interleave.
func writeStandardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints the diagnostics and outputs of many inputs in their order, joining
/// the diagnostics between two standard-output writes into one write: a bulk
/// `--output-dir` run had made a system call per diagnostic line.
struct OrderedStreams {
    private var pendingErrors: [UInt8] = []

    mutating func error(_ line: String) {
        pendingErrors.append(contentsOf: line.utf8)
        pendingErrors.append(UInt8(ascii: "\n"))
    }

    mutating func output(_ text: String) {
        flush()
        writeStandardOutput(text)
    }

    mutating func flush() {
        guard !pendingErrors.isEmpty else { return }
        FileHandle.standardError.write(Data(pendingErrors))
        pendingErrors.removeAll()
    }
}

/// Stable JSON for `--format json`: sorted keys, pretty-printed, no escaped slashes.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
