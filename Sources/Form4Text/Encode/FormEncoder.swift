import Form4Core
import LibXML

/// `encode`'s entry point: recognises what the input is and reads it into
/// the model. The project's JSON → `JSONDecoder`; the canonical text that
/// `decode` writes → ``CanonicalTextReader``; bare ownership XML → the XML
/// reader; anything else → the loose-text parser. Then the options are
/// applied (CIKs, `--set`) and the cross-checks run.
public enum FormEncoder {
    /// No real Form 3/4/5 text comes near this; refusing early keeps the tool fast on junk.
    public static let sizeLimit = 16 << 20

    public static func encode(_ input: InputFile, options: EncodeOptions = EncodeOptions()) throws(EncodeFailure) -> EncodeResult {
        func fail(_ message: String, line: Int = 0) -> EncodeFailure {
            EncodeFailure(diagnostics: [Diagnostic(severity: .error, rule: "ENC-NOT-A-FORM", message: message,
                                                   location: SourceLocation(file: input.name, line: line, column: 0))])
        }
        let bytes = input.bytes
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { throw fail("the input is empty") }
        if bytes.count > sizeLimit { throw fail("the input is \(bytes.count >> 20) MiB; no Form 3, 4 or 5 text is that large") }
        // A NUL in the first 8 KiB, searched with `memchr` (`Span.contains`): the
        // sequence's `contains` read every byte of them one by one, for every input.
        if bytes.span.extracting(0..<min(8192, bytes.count)).contains(0) { throw fail("the input is binary, not text") }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let replaced = replacementCharacters(in: text, scalars: 65536)
        if replaced > 64 { throw fail("the input is not UTF-8 text") }

        var result: EncodeResult
        let first = text.first { !$0.isWhitespace }
        if first == "{" {
            result = try decodeJSON(text, name: input.name)
        } else if first == "<", text.has("<ownershipDocument") {
            do {
                let read = try OwnershipXMLReader.read(bytes: bytes, name: input.name)
                result = EncodeResult(document: read.document, sourceMap: read.sourceMap, diagnostics: read.diagnostics, inputStyle: "xml")
            } catch {
                throw EncodeFailure(diagnostics: error.diagnostics)
            }
        } else if text.has("Document type:") || !text.has("(Instr."), CanonicalTextReader.looksCanonical(text) {
            // A printed form's column heads always say "(Instr. …)"; decode's text never does.
            let read = CanonicalTextReader.read(text, name: input.name)
            result = EncodeResult(document: read.document, sourceMap: read.sourceMap, diagnostics: read.diagnostics, inputStyle: "canonical")
        } else {
            if !quickLooksLikeForm(bytes) { throw fail("no Form 3, 4 or 5 found: the text has no \"Table I\" and no reporting-person box") }
            let loose = LooseText(text)
            var encoder = LooseTextEncoder()
            guard let (document, _) = encoder.encode(loose) else {
                throw fail("no Form 3, 4 or 5 found: the form's title, boxes and Table I were not recognised")
            }
            let style = loose.lines.contains(where: { $0.isCellRow && $0.segments.count > 3 })
                ? (text.has("|---") ? "markdown" : "cells") : "layout"
            var checks = CrossChecks(document: document, sources: SourceMap(locations: encoder.sources))
            checks.run()
            let diagnostics = (encoder.warnings + checks.warnings).map { $0.diagnostic(file: input.name) }
            result = EncodeResult(document: document, sourceMap: SourceMap(locations: encoder.sources), diagnostics: diagnostics, inputStyle: style)
        }
        apply(options, to: &result, name: input.name)
        return result
    }

    /// How many U+FFFD (what decoding put for bytes that are not UTF-8) the
    /// first `limit` scalars of the text hold. Counted on the UTF-8 bytes:
    /// a scalar starts at each byte that is not a continuation byte, and
    /// U+FFFD is EF BF BD.
    static func replacementCharacters(in text: String, scalars limit: Int) -> Int {
        func count(_ b: Span<UInt8>) -> Int {
            // Most texts hold no U+FFFD at all: one search for its lead byte says so.
            guard b.firstOffset(of: 0xEF) != nil else { return 0 }
            var found = 0
            var seen = 0
            var i = 0
            while i < b.count {
                let byte = b[i]
                if byte & 0xC0 != 0x80 {
                    if seen == limit { break }
                    seen += 1
                    if byte == 0xEF, i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] == 0xBD { found += 1 }
                }
                i += 1
            }
            return found
        }
        return count(text.utf8.span)
    }

    /// A byte search for the words every printed form has, before any real work.
    static func quickLooksLikeForm(_ bytes: [UInt8]) -> Bool {
        // The first byte of each candidate found first (StringSearch), then the rest.
        func contains(_ needle: String) -> Bool {
            let n = needle.utf8.span
            return StringSearch.find(n, n[0], in: bytes.span)
        }
        return contains("Table I") || contains("TABLE I")
    }

    static func apply(_ options: EncodeOptions, to result: inout EncodeResult, name: String) {
        var d = result.document
        if let v = options.schemaVersion { d.schemaVersion = v }
        else if d.schemaVersion == nil {
            d.schemaVersion = d.aff10b5One != nil ? "X0508" : (d.type?.baseForm == 3 ? "X0206" : "X0306")
        }
        if let cik = options.issuerCik { d.issuer.issuerCik = cik }
        if !options.ownerCiks.isEmpty {
            if options.ownerCiks.count != d.reportingOwner.count {
                result.diagnostics.append(Diagnostic(severity: .warning, rule: "ENC-OWNER-COUNT",
                    message: "\(options.ownerCiks.count) --owner-cik given for \(d.reportingOwner.count) reporting owner(s) read",
                    path: "/ownershipDocument/reportingOwner", location: SourceLocation(file: name, line: 0)))
            }
            for (k, cik) in options.ownerCiks.enumerated() {
                while d.reportingOwner.count <= k { d.reportingOwner.append(ReportingOwner()) }
                d.reportingOwner[k].reportingOwnerId.rptOwnerCik = cik
            }
        }
        for (k, ccc) in options.ownerCccs.enumerated() {
            while d.reportingOwner.count <= k { d.reportingOwner.append(ReportingOwner()) }
            d.reportingOwner[k].reportingOwnerId.rptOwnerCcc = ccc
        }
        for o in options.overrides {
            if let problem = o.apply(to: &d) {
                result.diagnostics.append(Diagnostic(severity: .error, rule: "ENC-SET", message: "--set \(o.element): \(problem)",
                                                     location: SourceLocation(file: name, line: 0)))
            } else {
                // The user supplied what the text lacked: "not found" no longer applies.
                result.diagnostics.removeAll { o.fills($0) }
            }
        }
        result.document = d
    }
}
