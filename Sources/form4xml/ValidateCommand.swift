import ArgumentParser
import Dispatch
import Form4XML
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `form4xml validate`: schema and business-rule check of ownership documents.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check ownership XML (bare or inside EDGAR submissions) against the EDGAR schemas and business rules.",
        discussion: """
            PATH is a file, a directory (searched recursively for .xml, .txt, .nc, .sgml files) or - for \
            standard input. Exit status: 0 when no document has errors (warnings allowed), 1 when any \
            document has errors, 2 when a file cannot be read at all.
            """
    )

    @Option(help: "Output format: text (file:line:col diagnostics) or json.")
    var format: ReportFormat = .text

    @Flag(help: "Judge documents as about to be filed: warn about fields EDGAR fills in, require a CCC.")
    var forSubmission = false

    @Option(help: "Validate against the XSDs in this folder (e.g. the SEC's official set) instead of the built-in ones.")
    var schemaDir: String?

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    func run() throws {
        let schemas: SchemaSet
        if let schemaDir {
            do {
                schemas = try SchemaSet(directory: schemaDir)
            } catch {
                printError("form4xml: error: [SCHEMA] \(error.message)")
                throw ExitCode(2)
            }
        } else {
            schemas = .embedded
        }
        let validator = Validator(schemas: schemas)
        var unreadable: [ValidationReport] = []
        let files = InputPaths.expand(paths, extensions: ["xml", "txt", "nc", "sgml", "sgm"],
                                      unreadable: &unreadable)
        let reports = Self.validateAll(files, with: validator, forSubmission: forSubmission) + unreadable
        let ordered = reports.sorted { (files.firstIndex(of: $0.file) ?? .max) < (files.firstIndex(of: $1.file) ?? .max) }

        switch format {
        case .text: printText(ordered)
        case .json: try printJSON(ordered)
        }
        if ordered.contains(where: { !$0.readable }) { throw ExitCode(2) }
        if ordered.contains(where: { !$0.isValid }) { throw ExitCode(1) }
    }

    /// Validates every file on all cores; one compiled schema per document type is shared.
    static func validateAll(_ files: [String], with validator: Validator, forSubmission: Bool) -> [ValidationReport] {
        let results = Mutex<[Int: ValidationReport]>([:])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let path = files[index]
            let report: ValidationReport
            do {
                let input = try InputFile.read(path)
                report = validator.validate(input, forSubmission: forSubmission)
            } catch {
                report = ValidationReport(
                    file: path, readable: false,
                    diagnostics: [Diagnostic(severity: .error, rule: "IO", message: (error as? InputError)?.reason ?? "\(error)",
                                             location: SourceLocation(file: path, line: 0, column: 0))])
            }
            results.withLock { $0[index] = report }
        }
        return results.withLock { all in (0..<files.count).compactMap { all[$0] } }
    }

    private func printText(_ reports: [ValidationReport]) {
        var out = ""
        for report in reports {
            for d in report.diagnostics { out += d.formatted(defaultFile: report.file) + "\n" }
        }
        let valid = reports.count { $0.isValid }
        let unreadable = reports.count { !$0.readable }
        let invalid = reports.count - valid - unreadable
        let errors = reports.reduce(0) { $0 + $1.errorCount }
        let warnings = reports.reduce(0) { $0 + $1.warningCount }
        out += "\(reports.count) \(reports.count == 1 ? "file" : "files"): \(valid) valid, \(invalid) invalid"
        if unreadable > 0 { out += ", \(unreadable) unreadable" }
        out += "; \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")\n"
        writeStandardOutput(out)
    }

    private func printJSON(_ reports: [ValidationReport]) throws {
        struct Output: Encodable {
            var valid: Bool
            var files: [ValidationReport]
        }
        let output = Output(valid: reports.allSatisfy(\.isValid), files: reports)
        writeStandardOutput(try JSONOutput.encode(output) + "\n")
    }
}
