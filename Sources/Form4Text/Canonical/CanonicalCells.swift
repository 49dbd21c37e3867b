import Form4Core

/// How each kind of table cell is written and read.
///
/// A cell is a value followed by its footnote references, `12.50 (1) (2)`.
/// A blank cell means the element is absent; `-` means the element is there
/// but empty (EDGAR's `<deemedExecutionDate/>`); `""` means an empty `<value>`.
/// Numbers and dates are written exactly as in the XML (dates in the form's
/// MM/DD/YYYY when they carry no time zone); money amounts that stand for a
/// value rather than shares are prefixed with `$`.
enum CanonicalCells {
    // MARK: Rendering

    static func text(_ f: Footnoted<String>?, markdown: Bool) -> String {
        guard let f else { return "" }
        let refs = FootnoteReference.text(f.footnoteId)
        guard let value = f.value else { return refs.isEmpty ? "-" : refs }
        let body = value.isEmpty ? "\"\"" : CanonicalEscaping.escapeCellText(value, markdown: markdown)
        return refs.isEmpty ? body : body + " " + refs
    }

    static func date(_ f: Footnoted<DateText>?) -> String {
        guard let f else { return "" }
        let refs = FootnoteReference.text(f.footnoteId)
        guard let value = f.value else { return refs.isEmpty ? "-" : refs }
        let body = dateText(value)
        return refs.isEmpty ? body : body + " " + refs
    }

    /// `MM/DD/YYYY` as on the form; a date with a time zone is kept in its XML spelling.
    static func dateText(_ d: DateText) -> String {
        d.text.count == 10 ? d.formDate : d.text
    }

    static func price(_ f: Footnoted<DecimalText>?) -> String {
        guard let f else { return "" }
        let refs = FootnoteReference.text(f.footnoteId)
        guard let value = f.value else { return refs.isEmpty ? "-" : refs }
        return refs.isEmpty ? "$" + value.text : "$" + value.text + " " + refs
    }

    /// Shares, or `$` and a money value, or both (a draft may hold both).
    static func amount(shares: Footnoted<DecimalText>?, value: Footnoted<DecimalText>?) -> String {
        var parts: [String] = []
        if let shares {
            let refs = FootnoteReference.text(shares.footnoteId)
            let body = shares.value?.text ?? (refs.isEmpty ? "-" : "")
            parts.append([body, refs].filter { !$0.isEmpty }.joined(separator: " "))
        }
        if let value {
            let refs = FootnoteReference.text(value.footnoteId)
            parts.append(["$" + (value.value?.text ?? ""), refs].filter { !$0.isEmpty }.joined(separator: " "))
        }
        return parts.joined(separator: " ")
    }

    // MARK: Reading

    /// A cell read back: nil when blank; otherwise the value text (nil for `-`
    /// or a footnote-only cell) and the footnote ids.
    struct Read<Value> {
        var value: Value?
        var footnoteId: [String]
    }

    /// Splits trailing references off a text cell.
    static func readText(_ raw: String) -> Read<String>? {
        var chars = CanonicalEscaping.unescape(raw.trimmedSpaces())
        var refs: [String] = []
        while true {
            while let last = chars.last, !last.escaped, last.character == " " || last.character == "\t" {
                chars.removeLast()
            }
            guard let last = chars.last, !last.escaped, last.character == ")",
                let open = chars.lastIndex(where: { $0.character == "(" }), !chars[open].escaped,
                let id = FootnoteReference.id(fromInner: CanonicalEscaping.string(chars[(open + 1)..<(chars.count - 1)]))
            else { break }
            refs.insert(id, at: 0)
            chars.removeSubrange(open...)
        }
        if chars.isEmpty { return refs.isEmpty ? nil : Read(value: nil, footnoteId: refs) }
        if chars.count == 1, chars[0] == EscapedChar(character: "-", escaped: false) {
            return Read(value: nil, footnoteId: refs)
        }
        if chars.count == 2, chars.allSatisfy({ $0 == EscapedChar(character: "\"", escaped: false) }) {
            return Read(value: "", footnoteId: refs)
        }
        return Read(value: CanonicalEscaping.string(chars), footnoteId: refs)
    }

    enum CellError: Error { case message(String) }

    /// Words and references of a number or date cell, left to right.
    private enum Token { case word(String), ref(String) }

    private static func tokens(_ raw: String) throws(CellError) -> [Token] {
        var out: [Token] = []
        var word = ""
        var i = raw.startIndex
        func flush() { if !word.isEmpty { out.append(.word(word)); word = "" } }
        while i < raw.endIndex {
            let c = raw[i]
            if c == " " || c == "\t" {
                flush()
            } else if c == "(" {
                flush()
                guard let close = raw[i...].firstIndex(of: ")"),
                    let id = FootnoteReference.id(fromInner: raw[raw.index(after: i)..<close])
                else { throw .message("\"\(raw[i...])\" is not a footnote reference such as (1)") }
                out.append(.ref(id))
                i = close
            } else if c != "," || word.isEmpty {
                word.append(c)
            }
            i = raw.index(after: i)
        }
        flush()
        return out
    }

    static func decimal(_ word: String) throws(CellError) -> DecimalText {
        var w = Substring(word)
        if w.first == "$" { w = w.dropFirst() }
        guard let d = DecimalText(w.filter { $0 != "," }) else { throw .message("\"\(word)\" is not a number") }
        return d
    }

    static func readDate(_ raw: String) throws(CellError) -> Read<DateText>? {
        let t = try tokens(raw)
        if t.isEmpty { return nil }
        var result = Read<DateText>(value: nil, footnoteId: [])
        var seenWord = false
        for token in t {
            switch token {
            case .ref(let id): result.footnoteId.append(id)
            case .word(let w):
                guard !seenWord else { throw .message("more than one date in \"\(raw)\"") }
                seenWord = true
                if w == "-" { continue }
                guard let d = parseDate(w) else { throw .message("\"\(w)\" is not a date (MM/DD/YYYY)") }
                result.value = d
            }
        }
        return result
    }

    /// `MM/DD/YYYY` (the form) or `YYYY-MM-DD` with an optional zone (the XML).
    static func parseDate(_ w: String) -> DateText? {
        let parts = w.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]),
            parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2
        {
            return DateText(year: y, month: m, day: d)
        }
        return DateText(w)
    }

    static func readPrice(_ raw: String) throws(CellError) -> Read<DecimalText>? {
        let t = try tokens(raw)
        if t.isEmpty { return nil }
        var result = Read<DecimalText>(value: nil, footnoteId: [])
        var seenWord = false
        for token in t {
            switch token {
            case .ref(let id): result.footnoteId.append(id)
            case .word(let w):
                guard !seenWord else { throw .message("more than one number in \"\(raw)\"") }
                seenWord = true
                if w == "-" || w == "$" { continue }
                result.value = try decimal(w)
            }
        }
        return result
    }

    /// Shares and/or `$` value.
    static func readAmount(_ raw: String) throws(CellError) -> (shares: Read<DecimalText>?, value: Read<DecimalText>?)? {
        let t = try tokens(raw)
        if t.isEmpty { return nil }
        var shares: Read<DecimalText>?
        var value: Read<DecimalText>?
        var current = 0  // 0 none yet, 1 shares, 2 value
        for token in t {
            switch token {
            case .ref(let id):
                if current == 2 { value!.footnoteId.append(id) } else {
                    if shares == nil { shares = Read(value: nil, footnoteId: []) }
                    shares!.footnoteId.append(id)
                    current = 1
                }
            case .word(let w):
                if w.hasPrefix("$") {
                    guard value == nil else { throw .message("two money values in \"\(raw)\"") }
                    let body = String(w.dropFirst())
                    value = Read(value: body.isEmpty || body == "-" ? nil : try decimal(body), footnoteId: [])
                    current = 2
                } else {
                    guard shares == nil else {
                        throw .message("two share amounts in \"\(raw)\"")
                    }
                    shares = Read(value: w == "-" ? nil : try decimal(w), footnoteId: [])
                    current = 1
                }
            }
        }
        return (shares, value)
    }
}

extension Footnoted {
    init(_ read: CanonicalCells.Read<Value>) {
        self.init(read.value, footnoteId: read.footnoteId)
    }
}
