import ArgumentParser
import Foundation
import Form4XML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `form4xml diff OLD NEW`: what changed in what the filing says, with the
/// exit status of `diff(1)` (0 same, 1 different, 2 trouble).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two filings as filings: rows by meaning, numbers by value, footnotes by text.",
        discussion: """
            OLD and NEW are ownership XML files, full EDGAR submissions, the JSON form of the model, \
            or loose text (encoded first, with --issuer-cik/--owner-cik/--set as for encode). \
            Layout is not a change: indentation, 1 versus true, 1.5 versus 1.50, footnotes renumbered, \
            rows in another order. Exit status: 0 the filings say the same thing, 1 they differ, 2 an \
            input could not be read.
            """
    )

    @Argument(help: "The earlier filing (a path, or - for standard input).")
    var old: String

    @Argument(help: "The later filing (a path, or - for standard input).")
    var new: String

    @Option(help: "Report as text (for people) or json (for programs).")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Leave out differences in this EDGAR element (repeatable), e.g. schemaVersion, "
                                   + "issuerName, rptOwnerName, reportingOwnerAddress, footnoteId.",
                               valueName: "field"))
    var ignore: [String] = []

    @Flag(help: "Also report rows that kept their content but moved within their table.")
    var strictOrder = false

    @Option(help: "Loose-text inputs: the issuer's CIK.")
    var issuerCik: String?

    @Option(help: "Loose-text inputs: a reporting owner's CIK (repeatable, in order).")
    var ownerCik: [String] = []

    @Option(help: ArgumentHelp("Loose-text inputs: set a field, as for encode (repeatable).", valueName: "field=value"))
    var set: [String] = []

    func validate() throws {
        let unknown = DiffOptions(ignoredFields: Set(ignore)).unknownIgnoredFields
        if !unknown.isEmpty {
            throw ValidationError("--ignore: no such field: \(unknown.joined(separator: ", ")) "
                                      + "(use EDGAR element names such as issuerName or rptOwnerName)")
        }
        for s in set where ElementOverride(argument: s) == nil {
            throw ValidationError("--set \(s): expected ELEMENT=VALUE or ELEMENT[N]=VALUE with an EDGAR element name")
        }
        if old == "-" && new == "-" {
            throw ValidationError("OLD and NEW cannot both be standard input")
        }
    }

    func run() throws {
        let oldInput: (name: String, document: OwnershipDocument)
        let newInput: (name: String, document: OwnershipDocument)
        do {
            oldInput = try load(old)
            newInput = try load(new)
        } catch {
            standardError(error.message)
            throw ExitCode(2)
        }
        let options = DiffOptions(ignoredFields: Set(ignore), strictOrder: strictOrder)
        let diff = FilingDiff(oldName: oldInput.name, old: oldInput.document, newName: newInput.name,
                              new: newInput.document, options: options)
        switch format {
        case .text: standardOutput(diff.text(colour: isatty(1) == 1 && colourAllowed))
        case .json: standardOutput(diff.json())
        }
        throw ExitCode(diff.isSame ? 0 : 1)
    }

    /// `NO_COLOR` (any value) turns colour off, as most tools agree.
    private var colourAllowed: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Reads one input as whichever of the accepted forms it is, judged by its
    /// first character: `{` JSON, `<` XML or an EDGAR submission, else loose text.
    /// The input's name (`<stdin>` for `-`) and its document.
    private func load(_ path: String) throws(DiffInputError) -> (name: String, document: OwnershipDocument) {
        let input: InputFile
        do {
            input = try InputFile.read(path)
        } catch {
            throw DiffInputError(message: "form4xml diff: cannot read \(error.description)")
        }
        switch DiffInputKind(input.bytes) {
        case .empty:
            throw DiffInputError(message: "form4xml diff: \(input.name): the file is empty")
        case .json:
            return (input.name, try decodeJSON(input))
        case .xml:
            return (input.name, try readXML(input))
        case .text:
            return (input.name, try encodeLooseText(input))
        }
    }

    private func readXML(_ input: InputFile) throws(DiffInputError) -> OwnershipDocument {
        let read: ReadDocument
        do {
            read = try OwnershipXMLReader.read(input)
        } catch {
            throw DiffInputError(message: Self.describe(error.diagnostics, input.name,
                                                        lead: "is not an ownership document that can be read"))
        }
        // A value the model cannot hold would otherwise drop out of the
        // comparison unseen, and two filings could look the same when they are not.
        let unreadable = read.diagnostics.filter { $0.severity == .error && $0.rule == "XML-VALUE" }
        if !unreadable.isEmpty {
            throw DiffInputError(message: Self.describe(unreadable, input.name,
                                                        lead: "has values that cannot be compared"))
        }
        return read.document
    }

    private func decodeJSON(_ input: InputFile) throws(DiffInputError) -> OwnershipDocument {
        do {
            return try JSONDecoder().decode(OwnershipDocument.self, from: Data(input.bytes))
        } catch let DecodingError.dataCorrupted(context) {
            throw DiffInputError(message: "form4xml diff: \(input.name): not the JSON form of an ownership document: "
                                     + context.debugDescription)
        } catch let DecodingError.typeMismatch(_, context) {
            throw DiffInputError(message: "form4xml diff: \(input.name): not the JSON form of an ownership document: "
                                     + "wrong type at \(Self.codingPath(context.codingPath))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw DiffInputError(message: "form4xml diff: \(input.name): not the JSON form of an ownership document: "
                                     + "missing \(key.stringValue) at \(Self.codingPath(context.codingPath))")
        } catch {
            throw DiffInputError(message: "form4xml diff: \(input.name): not the JSON form of an ownership document")
        }
    }

    /// Loose text (a PDF or HTML extract, markdown, decode's text) is encoded
    /// first, exactly as `form4xml encode` would with the same options.
    private func encodeLooseText(_ input: InputFile) throws(DiffInputError) -> OwnershipDocument {
        let options = EncodeOptions(issuerCik: issuerCik, ownerCiks: ownerCik,
                                    overrides: set.compactMap(ElementOverride.init(argument:)))
        let result: EncodeResult
        do {
            result = try FormEncoder.encode(input, options: options)
        } catch {
            throw DiffInputError(message: Self.describe(error.diagnostics, input.name,
                                                        lead: "is not a Form 3, 4 or 5 that can be read"))
        }
        // What encode doubted stays visible: a misread value would show as a change.
        let doubts = result.diagnostics.filter { $0.severity != .note }.count
        if doubts > 0 {
            standardError("form4xml diff: note: \(input.name) was read as loose text (\(result.inputStyle)) with "
                              + "\(doubts) warning\(doubts == 1 ? "" : "s"); `form4xml encode \(input.name)` lists them")
        }
        return result.document
    }

    private static func describe(_ diagnostics: [Diagnostic], _ name: String, lead: String) -> String {
        var lines = ["form4xml diff: \(name) \(lead):"]
        for d in diagnostics.prefix(10) { lines.append("  " + d.formatted(defaultFile: name)) }
        if diagnostics.count > 10 { lines.append("  … and \(diagnostics.count - 10) more") }
        return lines.joined(separator: "\n")
    }

    private static func codingPath(_ path: [CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }

    private func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// An input `diff` cannot compare; the message says which and why (exit 2).
struct DiffInputError: Error {
    var message: String
}

/// Which reader an input needs, from its first significant byte.
enum DiffInputKind {
    case empty, json, xml, text

    init(_ bytes: [UInt8]) {
        var i = 0
        // A UTF-8 byte order mark is not content.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        guard i < bytes.count else { self = .empty; return }
        switch bytes[i] {
        case UInt8(ascii: "{"): self = .json
        case UInt8(ascii: "<"): self = .xml
        default: self = .text
        }
    }
}
