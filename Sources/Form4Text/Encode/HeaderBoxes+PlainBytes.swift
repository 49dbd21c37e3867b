import LibXML

extension HeaderBoxes {
    /// The text's bytes when it is ASCII without a carriage return (each
    /// byte is then one character, a space exactly when it is 0x20), else nil:
    /// the readers' byte paths, which fall back to the `Character` code otherwise.
    /// (`utf8.span` gives any native string's bytes, so no contiguous copy is
    /// needed as it was before `Span`.)
    static func plainBytes<R>(_ text: String, _ body: (Span<UInt8>) -> R) -> R? {
        let b = text.utf8.span
        return ColumnText.isPlain(b) ? body(b) : nil
    }


    /// The byte offset of the last "  " (two spaces) in ASCII bytes.
    static func lastDoubleSpace(_ b: Span<UInt8>) -> Int? {
        var i = b.count - 2
        while i >= 0 {
            if b[i] == 0x20 && b[i + 1] == 0x20 { return i }
            i -= 1
        }
        return nil
    }

    /// The byte offset of the first occurrence of an ASCII phrase in any bytes,
    /// by ``StringSearch/firstOffset(of:_:in:)``. A match of ASCII bytes is a
    /// match of the text's.
    static func firstOffset(of phrase: StaticString, in b: Span<UInt8>) -> Int? {
        phrase.withByteSpan { n in
            guard !n.isEmpty else { return nil }
            return StringSearch.firstOffset(of: n, n[0], in: b)
        }
    }

    static func contains(_ phrase: StaticString, in b: Span<UInt8>) -> Bool {
        firstOffset(of: phrase, in: b) != nil
    }
}

extension HeaderBoxes {
    /// `text.contains(" ")`, which here is Foundation's string search: on an
    /// ASCII text (no carriage return) each byte is a character and " " the
    /// byte 0x20, so the bytes answer; any other text asks the search as before.
    /// (The search bridged the text to an `NSString` for every issuer read,
    /// which cost more than the rest of reading box 2.)
    static func holdsSpace(_ text: String) -> Bool {
        plainBytes(text) { $0.contains(0x20) } ?? text.contains(" ")
    }
}
