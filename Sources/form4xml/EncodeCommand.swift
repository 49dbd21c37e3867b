import ArgumentParser
import Dispatch
import Foundation
import Form4XML

/// `form4xml encode`: loose Form 3/4/5 text (or the project's JSON, or the
/// canonical text `decode` writes) to EDGAR ownership XML.
struct EncodeCommand: ManyInputsCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "Turn a Form 3, 4 or 5 as text (PDF or HTML extract, OCR, markdown, decode's text, JSON) into EDGAR XML.",
        discussion: """
            The layout is detected. Values the text does not hold (CIKs) come from options or stay \
            missing and are reported. Exit status: 0 complete and valid, 1 written but incomplete or \
            breaking a rule, 2 not a Form 3/4/5 or unreadable, 64 usage.
            """)

    enum OutputKind: String, ExpressibleByArgument, CaseIterable { case xml, json }

    @Argument(help: "Input files, or - for standard input (the default).")
    var inputs: [String] = []

    /// For ``ManyInputs``: every option below that takes a value.
    static let optionsTakingValues: Set<String> = ["-o", "--output-dir", "--issuer-cik", "--owner-cik", "--owner-ccc", "--set",
                                                   "--schema-version", "--report", "--format"]

    @Option(name: .short, help: "Write the output here instead of standard output.")
    var o: String?

    @Option(name: .customLong("output-dir"), help: "Write NAME.xml for each input into this directory.")
    var outputDir: String?

    @Option(name: .customLong("issuer-cik"), help: "The issuer's CIK (the printed form does not show it).")
    var issuerCik: String?

    @Option(name: .customLong("owner-cik"), help: "A reporting owner's CIK; once per owner, in the form's order.")
    var ownerCik: [String] = []

    @Option(name: .customLong("owner-ccc"), help: "A reporting owner's CCC (written with --for-submission).")
    var ownerCcc: [String] = []

    @Option(name: .customLong("set"), help: "ELEMENT=VALUE or ELEMENT[N]=VALUE: fill or override an element by its EDGAR name.")
    var set: [String] = []

    @Option(name: .customLong("schema-version"), help: "X0609, X0508, X0407, X0306, X0206 or X0203.")
    var schemaVersion: String?

    @Flag(name: .customLong("for-submission"), help: "Write what a filer sends EDGAR (no schemaVersion or names; CCC kept).")
    var forSubmission = false

    @Option(name: .customLong("report"), help: "Write a JSON report: each value with its input line and column, and every warning.")
    var report: String?

    @Option(name: .customLong("format"), help: "xml (default) or json (the project's JSON form).")
    var format: OutputKind = .xml

    func validate() throws {
        if o != nil && outputDir != nil { throw ValidationError("-o and --output-dir exclude each other") }
        if inputs.count > 1 && outputDir == nil { throw ValidationError("several inputs need --output-dir") }
        if let v = schemaVersion, !["X0609", "X0508", "X0407", "X0306", "X0206", "X0203", "X0202", "X0201"].contains(v) {
            throw ValidationError("unknown schema version \(v)")
        }
        for s in set where ElementOverride(argument: s) == nil {
            throw ValidationError("--set \(s): expected ELEMENT=VALUE or ELEMENT[N]=VALUE with an EDGAR element name")
        }
    }

    struct Outcome: Sendable {
        var status: Int32
        var stderr: [String]
        var stdout: String?
        var report: EncodeReport
    }

    func run() throws {
        let options = EncodeOptions(issuerCik: issuerCik, ownerCiks: ownerCik, ownerCccs: ownerCcc,
                                    overrides: set.compactMap(ElementOverride.init(argument:)), schemaVersion: schemaVersion)
        let files = inputs.isEmpty ? ["-"] : inputs
        if let dir = outputDir {
            do {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            } catch {
                printError("\(dir): error: [IO] cannot create the output directory: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        let validator = Validator()
        let protected = ProtectedInputs(files)
        var outcomes = Array(repeating: Outcome(status: 2, stderr: [], stdout: nil, report: EncodeReport(file: "", result: nil, exitStatus: 2, diagnostics: [])),
                             count: files.count)
        let me = self
        if files.count > 1 {
            let box = OutcomeBox(outcomes)
            DispatchQueue.concurrentPerform(iterations: files.count) { k in
                box.set(k, me.convert(files[k], options: options, validator: validator, protecting: protected))
            }
            outcomes = box.values
        } else {
            outcomes[0] = convert(files[0], options: options, validator: validator, protecting: protected)
        }
        var streams = OrderedStreams()
        for outcome in outcomes {
            for line in outcome.stderr { streams.error(line) }
            if let out = outcome.stdout { streams.output(out) }
        }
        streams.flush()
        if let report {
            do {
                let json = try JSONOutput.encode(outcomes.map(\.report))
                try AtomicFile.write(Array((json + "\n").utf8), to: report, protecting: files)
            } catch {
                printError("form4xml encode: cannot write report: \(error)")
                throw ExitCode(2)
            }
        }
        let status = outcomes.map(\.status).max() ?? 0
        if status != 0 { throw ExitCode(status) }
    }

    func outputPath(for input: String) -> String? {
        if let o { return o }
        guard let dir = outputDir else { return nil }
        var base = input == "-" ? "stdin" : (ProtectedInputs.name(of: input) ?? "output")
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        return (dir.hasSuffix("/") ? dir : dir + "/") + base + (format == .json ? ".json" : ".xml")
    }

    func convert(_ path: String, options: EncodeOptions, validator: Validator, protecting: ProtectedInputs) -> Outcome {
        let input: InputFile
        do {
            input = try InputFile.read(path)
        } catch {
            let d = Diagnostic(severity: .error, rule: "IO", message: error.reason, location: SourceLocation(file: path, line: 0, column: 0))
            return Outcome(status: 2, stderr: [d.formatted()], stdout: nil, report: EncodeReport(file: path, result: nil, exitStatus: 2, diagnostics: [d]))
        }
        let result: EncodeResult
        do {
            result = try FormEncoder.encode(input, options: options)
        } catch {
            return Outcome(status: 2, stderr: error.diagnostics.map { $0.formatted(defaultFile: input.name) }, stdout: nil,
                           report: EncodeReport(file: input.name, result: nil, exitStatus: 2, diagnostics: error.diagnostics))
        }
        var diagnostics = result.diagnostics
        let (xml, found) = validator.checkedXML(result.document, forSubmission: forSubmission)
        let checked = result.sourceMap.locate(found).map { d -> Diagnostic in
            var d = d
            if d.location != nil { d.location!.file = input.name } else { d.location = SourceLocation(file: input.name, line: 0, column: 0) }
            return d
        }
        diagnostics += checked
        var status: Int32 = diagnostics.contains { $0.severity == .error } ? 1 : 0
        let output: [UInt8]
        if format == .json {
            output = JSONRenderer.bytes(result.document)
        } else {
            output = xml
        }
        var stderr = diagnostics.map { $0.formatted(defaultFile: input.name) }
        var stdout: String? = nil
        if let out = outputPath(for: path) {
            do {
                try AtomicFile.write(output, to: out, protecting: protecting.candidates(for: out))
            } catch {
                stderr.append("\(out): error: [IO] \(error.reason)")
                status = 2
            }
        } else {
            stdout = String(decoding: output, as: UTF8.self)
        }
        return Outcome(status: status, stderr: stderr, stdout: stdout,
                       report: EncodeReport(file: input.name, result: result, exitStatus: Int(status), diagnostics: diagnostics,
                                            withFields: report != nil))
    }
}

/// Collects parallel results by index.
final class OutcomeBox: @unchecked Sendable {
    private var storage: [EncodeCommand.Outcome]
    private let lock = NSLockLike()

    init(_ initial: [EncodeCommand.Outcome]) { storage = initial }

    func set(_ k: Int, _ value: EncodeCommand.Outcome) {
        lock.locked { storage[k] = value }
    }

    var values: [EncodeCommand.Outcome] { lock.locked { storage } }
}

/// A pthread mutex, so the CLI needs no Foundation lock here.
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
