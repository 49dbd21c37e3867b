/// Checks made on the raw bytes before libxml2 sees them.
///
/// A DOCTYPE is refused here rather than after parsing so that an internal
/// subset (the vehicle of billion-laughs and external-entity attacks) is never
/// parsed at all. UTF-16 and UTF-32 input are refused because EDGAR accepts
/// neither, and a clear message beats libxml2's conversion errors.
enum InputGuard {
    static func check(_ bytes: [UInt8]) -> XMLDiagnostic? {
        if bytes.isEmpty {
            return XMLDiagnostic(level: .error, domain: .guardrail, code: 1, message: "the input is empty",
                                 line: 1, column: 1)
        }
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
            || bytes[0] == 0 || bytes[1] == 0
        {
            return XMLDiagnostic(
                level: .error, domain: .guardrail, code: 2,
                message: "the input is UTF-16 or UTF-32 (or binary); EDGAR documents are UTF-8 or ASCII",
                line: 1, column: 1)
        }
        var scanner = PrologScanner(bytes: bytes)
        if let (line, column) = scanner.findDoctype() {
            return doctypeRefusal(line: line, column: column)
        }
        return nil
    }

    static func doctypeRefusal(line: Int, column: Int) -> XMLDiagnostic {
        XMLDiagnostic(
            level: .error, domain: .guardrail, code: 3,
            message: "a DOCTYPE declaration is not allowed: EDGAR ownership documents have none, "
                + "and DTDs and entities are never loaded or expanded",
            line: line, column: column)
    }
}

/// Walks the prolog (BOM, white space, the XML declaration, comments and
/// processing instructions) up to the first markup that is none of these.
struct PrologScanner {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    /// The line and column of a `<!DOCTYPE` in the prolog, if there is one.
    mutating func findDoctype() -> (Int, Int)? {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                advance(1)
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                advance(1)
            } else if matches("<?") {
                skip(until: Array("?>".utf8))
            } else if matches("<!--") {
                skip(until: Array("-->".utf8))
            } else if matches("<!DOCTYPE") || matches("<!doctype") {
                return (line, index - lineStart + 1)
            } else {
                return nil
            }
        }
        return nil
    }

    private func matches(_ s: String) -> Bool {
        var i = index
        for byte in s.utf8 {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
        }
        return true
    }

    private mutating func advance(_ n: Int) {
        for _ in 0..<n where index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    private mutating func skip(until terminator: [UInt8]) {
        while index < bytes.count {
            if bytes[index] == terminator[0], index + terminator.count <= bytes.count,
                Array(bytes[index..<index + terminator.count]) == terminator
            {
                advance(terminator.count)
                return
            }
            advance(1)
        }
    }
}
