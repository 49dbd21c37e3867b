/// Finds the ownership document inside what a user hands us: a bare XML file,
/// or a full EDGAR submission (`.txt`/`.nc`: an SGML header, then documents
/// whose bodies sit between `<XML>` and `</XML>`), in either the
/// `<SEC-DOCUMENT>` or the dissemination `<SUBMISSION>` style.
///
/// The body is returned with the line it starts on, so that every line number
/// reported for it still points into the file the user gave.
public struct ExtractedBody: Sendable {
    public var bytes: ArraySlice<UInt8>
    /// Lines before the body's first line in the original file.
    public var lineOffset: Int
    /// Whether it came out of a submission wrapper.
    public var fromSubmission: Bool
}

public enum SubmissionExtractor {
    /// The ownership document in `bytes`, or nil with a reason when there is none.
    public static func extract(_ bytes: [UInt8]) -> Result<ExtractedBody, Diagnostic> {
        // UTF-16 and UTF-32 text is never an EDGAR submission; the XML parser's
        // guard refuses it with a message that names the encoding.
        if bytes.count >= 2, bytes[0] == 0xFE || bytes[0] == 0xFF || bytes[0] == 0 || bytes[1] == 0 {
            return .success(ExtractedBody(bytes: bytes[...], lineOffset: 0, fromSubmission: false))
        }
        let start = firstMarkup(bytes)
        // A bare XML document starts with `<?xml`, a comment, or its root element.
        if let start, isBareXML(bytes, at: start) {
            return .success(ExtractedBody(bytes: bytes[...], lineOffset: 0, fromSubmission: false))
        }
        let sections = xmlSections(bytes)
        if sections.isEmpty {
            if looksLikeSubmission(bytes) {
                return .failure(.error(
                    "SUBMISSION-NO-XML",
                    "this EDGAR submission holds no <XML> document; ownership filings before mid-2003 were plain text"))
            }
            return .failure(.error("NOT-XML", "the input is neither an XML document nor an EDGAR submission"))
        }
        let marker = Array("<ownershipDocument".utf8)
        let ownership = sections.first { section in
            find(bytes, marker, from: section.lowerBound).map { $0 < section.upperBound } ?? false
        } ?? sections[0]
        // Skip white space after `<XML>` so an XML declaration is the first thing libxml2 sees.
        var index = ownership.lowerBound
        while index < ownership.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        let lineOffset = bytes[0..<index].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        return .success(ExtractedBody(bytes: bytes[index..<ownership.upperBound], lineOffset: lineOffset,
                                      fromSubmission: true))
    }

    private static func firstMarkup(_ bytes: [UInt8]) -> Int? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: "<") ? i : nil
    }

    private static func isBareXML(_ bytes: [UInt8], at start: Int) -> Bool {
        if matches(bytes, at: start, "<?xml") || matches(bytes, at: start, "<!--") { return true }
        if matches(bytes, at: start, "<!DOCTYPE") || matches(bytes, at: start, "<!doctype") {
            // Let the parser's guard refuse it with a precise message.
            return true
        }
        let sgmlTags = ["<SEC-DOCUMENT>", "<SEC-HEADER>", "<SUBMISSION>", "<IMS-DOCUMENT>", "<DOCUMENT>",
                        "<ACCEPTANCE-DATETIME>", "<TYPE>", "<XML>", "<html", "<HTML", "<!DOCTYPE html"]
        return !sgmlTags.contains { matches(bytes, at: start, $0) }
    }

    private static func looksLikeSubmission(_ bytes: [UInt8]) -> Bool {
        let head = Array(bytes.prefix(4096))
        return contains(head[...], "<SEC-DOCUMENT>") || contains(head[...], "<SEC-HEADER>")
            || contains(head[...], "<SUBMISSION>") || contains(head[...], "<DOCUMENT>")
            || contains(head[...], "<ACCEPTANCE-DATETIME>")
    }

    /// Ranges of the bodies between `<XML>` and `</XML>` (upper case, as EDGAR writes them).
    static func xmlSections(_ bytes: [UInt8]) -> [Range<Int>] {
        let open = Array("<XML>".utf8), close = Array("</XML>".utf8)
        var result: [Range<Int>] = []
        var i = 0
        while let o = find(bytes, open, from: i) {
            let bodyStart = o + open.count
            guard let c = find(bytes, close, from: bodyStart) else {
                result.append(bodyStart..<bytes.count)
                break
            }
            result.append(bodyStart..<c)
            i = c + close.count
        }
        return result
    }

    static func find(_ bytes: [UInt8], _ pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var i = start
        let last = bytes.count - pattern.count
        let first = pattern[0]
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func matches(_ bytes: [UInt8], at i: Int, _ s: String) -> Bool {
        var k = i
        for b in s.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ s: String) -> Bool {
        find(Array(bytes), Array(s.utf8), from: 0) != nil
    }
}
