import ArgumentParser
import Dispatch
import Foundation
import Form4XML

/// `form4xml decode`: EDGAR ownership XML (bare or a full submission) to the
/// canonical readable text, markdown, the project's JSON, or an EDGAR-style HTML page.
struct DecodeCommand: ManyInputsCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Turn EDGAR ownership XML (or a full submission) into readable text, markdown, JSON or HTML.",
        discussion: """
            The text form reads like the printed form and carries everything the XML holds, so \
            `form4xml encode` reads it back with nothing lost (docs/TEXT-FORMAT.md). Exit status: \
            0 written, 1 the XML holds a value the model cannot keep (nothing written), 2 unreadable or \
            not an ownership document (nothing written), 64 usage.
            """)

    @Argument(help: "Input XML or submission files, or - for standard input (the default).")
    var inputs: [String] = []

    @Option(name: .short, help: "Write the output here instead of standard output.")
    var o: String?

    @Option(name: .customLong("output-dir"), help: "Write NAME.txt/.md/.json/.html for each input into this directory.")
    var outputDir: String?

    @Option(name: .customLong("format"), help: "text (default), markdown, json or html.")
    var format: DecodeFormat = .text

    static let optionsTakingValues: Set<String> = ["-o", "--output-dir", "--format"]

    func validate() throws {
        if o != nil && outputDir != nil { throw ValidationError("-o and --output-dir exclude each other") }
        if inputs.count > 1 && outputDir == nil { throw ValidationError("several inputs need --output-dir") }
    }

    /// What one input gave, printed in input order once all are done.
    struct Outcome: Sendable {
        var status: Int32 = 0
        var stderr: [String] = []
        var stdout: String?
    }

    func run() throws {
        let files = inputs.isEmpty ? ["-"] : inputs
        if let outputDir {
            do {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            } catch {
                printError("form4xml decode: cannot create \(outputDir): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        let results = DecodeResults(count: files.count)
        let me = self
        let guardInputs = InputGuard(files)
        if files.count > 1 {
            // A few more workers than cores, so that file reads and writes
            // overlap with parsing.
            ParallelWork.run(count: files.count, width: 8) { k in
                results.set(k, me.decode(files[k], protecting: guardInputs))
            }
        } else {
            results.set(0, decode(files[0], protecting: guardInputs))
        }
        var status: Int32 = 0
        var streams = OrderedStreams()
        for outcome in results.values {
            for line in outcome.stderr { streams.error(line) }
            if let out = outcome.stdout { streams.output(out) }
            status = max(status, outcome.status)
        }
        streams.flush()
        if status != 0 { throw ExitCode(status) }
    }

    func outputPath(for input: String) -> String? {
        if let o { return o }
        guard let dir = outputDir else { return nil }
        var base: String
        if input == "-" {
            base = "stdin"
        } else if let ascii = Self.asciiBaseName(input) {
            base = ascii
        } else {
            base = String(input.split(separator: "/").last ?? "output")
            if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        }
        return (dir.hasSuffix("/") ? dir : dir + "/") + base + "." + format.fileExtension
    }

    /// The last path component without its extension, found on bytes when the
    /// path is ASCII (where bytes and characters agree); nil otherwise.
    /// Searching by `Character` cost more per output than writing the file.
    static func asciiBaseName(_ path: String) -> String? {
        let u = path.utf8.span
        for i in u.indices where u[i] >= 0x80 { return nil }
        var end = u.count
        while end > 0 && u[end - 1] == UInt8(ascii: "/") { end -= 1 }
        var start = end
        while start > 0 && u[start - 1] != UInt8(ascii: "/") { start -= 1 }
        if start == end { return "output" }
        var stem = end
        var k = end - 1
        while k > start {
            if u[k] == UInt8(ascii: ".") { stem = k; break }
            k -= 1
        }
        let utf8 = path.utf8
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: stem)]))
    }

    func decode(_ path: String, protecting inputs: InputGuard) -> Outcome {
        var outcome = Outcome()
        let input: InputFile
        do {
            input = try InputFile.read(path)
        } catch {
            let d = Diagnostic(severity: .error, rule: "IO", message: error.reason,
                               location: SourceLocation(file: path, line: 0, column: 0))
            return Outcome(status: 2, stderr: [d.formatted()])
        }
        if input.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            let d = Diagnostic(severity: .error, rule: "EMPTY", message: "the input is empty: no ownership document to decode",
                               location: SourceLocation(file: input.name, line: 1, column: 1))
            return Outcome(status: 2, stderr: [d.formatted()])
        }
        let read: ReadDocument
        do {
            read = try OwnershipXMLReader.read(input)
        } catch {
            return Outcome(status: 2, stderr: error.diagnostics.map { $0.formatted(defaultFile: input.name) })
        }
        outcome.stderr = read.diagnostics.map { $0.formatted(defaultFile: input.name) }
        if read.diagnostics.contains(where: { $0.severity == .error }) {
            // A value the model could not hold would be silently missing from the output.
            outcome.stderr.append("\(input.name): nothing written: the document holds values that cannot be decoded exactly")
            outcome.status = 1
            return outcome
        }
        guard let target = outputPath(for: path) else {
            outcome.stdout = DecodeRenderer.render(read.document, as: format)
            return outcome
        }
        do {
            try AtomicFile.write(DecodeRenderer.bytes(read.document, as: format), to: target, protecting: inputs.inputs(sameAs: target))
        } catch {
            outcome.stderr.append("form4xml decode: cannot write \(error)")
            outcome.status = 2
        }
        return outcome
    }
}

extension DecodeFormat: ExpressibleByArgument {}

/// Per-input outcomes filled from parallel workers, each slot written once.
final class DecodeResults: @unchecked Sendable {
    private var slots: [DecodeCommand.Outcome]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: DecodeCommand.Outcome(), count: count)
    }

    func set(_ index: Int, _ outcome: DecodeCommand.Outcome) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    var values: [DecodeCommand.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// Runs `body(0..<count)` on `width` threads that take the next index as they finish.
enum ParallelWork {
    static func run(count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let next = IndexCounter()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(width, count)) {
            group.enter()
            let thread = Thread {
                while let k = next.take(below: count) { body(k) }
                group.leave()
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        group.wait()
    }
}

/// A shared "next index" for the workers of ``ParallelWork``.
final class IndexCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// The inputs identified once (device and inode), so that protecting them from
/// being overwritten costs one `stat` per output instead of one `realpath` per
/// input per output. An output that is one of the inputs is handed to
/// `AtomicFile.write(protecting:)`, which refuses it with its usual message.
struct InputGuard: Sendable {
    private struct FileID: Hashable, Sendable { var device: UInt64; var inode: UInt64 }
    private let byID: [FileID: String]

    init(_ inputs: [String]) {
        var map: [FileID: String] = [:]
        for input in inputs where input != "-" {
            if let id = Self.id(input), map[id] == nil { map[id] = input }
        }
        byID = map
    }

    /// The input that is the file `target` names, if any (a file that does not exist yet is none).
    func inputs(sameAs target: String) -> [String] {
        guard let id = Self.id(target), let input = byID[id] else { return [] }
        return [input]
    }

    private static func id(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
