/// The few byte searches the include inliner needs, over UTF-8 without Foundation.
enum SchemaTextSearch {
    static let includeOpening = Array("<xs:include".utf8)
    static let schemaOpening = Array("<xs:schema".utf8)
    static let schemaClosing = Array("</xs:schema".utf8)
    static let emptyTagClose = Array("/>".utf8)

    /// The first `needle` at or after `start`.
    static func first(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The last `needle` in `bytes`.
    static func last(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    /// The first start tag `<name` (followed by whitespace, `/` or `>`, so that
    /// `<xs:schema` does not match `<xs:schemaX`).
    static func firstTag(_ opening: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var position = start
        while let found = first(opening, in: bytes, from: position) {
            let next = found + opening.count
            if next < bytes.count, isTagNameEnd(bytes[next]) { return found }
            position = found + 1
        }
        return nil
    }

    /// The value of `name="…"` (or `'…'`) inside one tag.
    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let key = Array((name + "=").utf8)
        let tagBytes = Array(tag)
        var position = 0
        while let found = first(key, in: tagBytes, from: position) {
            let before = found - 1
            position = found + 1
            guard before >= 0, isSpace(tagBytes[before]) else { continue }
            let quoteIndex = found + key.count
            guard quoteIndex < tagBytes.count else { return nil }
            let quote = tagBytes[quoteIndex]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            guard let end = tagBytes[(quoteIndex + 1)...].firstIndex(of: quote) else { return nil }
            return String(decoding: tagBytes[(quoteIndex + 1)..<end], as: UTF8.self)
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isTagNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }
}
