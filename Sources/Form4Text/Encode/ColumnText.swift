import LibXML

/// A line of layout text addressed by character offset (its display
/// column), for the readers that cut lines into columns.
///
/// They used to make an `Array(text)` of `Character`s per line and per
/// label, which cost more than the rest of reading the header. Here each
/// character is one byte in `units`: an ASCII character is its own byte,
/// any other character (or a carriage return + line feed pair) stands as
/// `other`, or `otherNumber` when `Character.isNumber` says it is one. The
/// tests the readers make (a space, a dot, a digit) are then byte tests,
/// with the very answers the `Character`s would give. The `Character`s are
/// kept only for lines that have such characters, to cut text from.
struct ColumnText {
    /// The units, open to readers that match ASCII phrases on them in place
    /// (a unit equals an ASCII byte exactly when its character is that one
    /// ASCII scalar, and no other character is canonically equivalent to one).
    let units: [UInt8]
    private let characters: [Character]?

    static let other: UInt8 = 0x80
    static let otherNumber: UInt8 = 0x81

    init(_ text: some StringProtocol) {
        // The ASCII test and the copy on contiguous bytes when there are (an
        // iteration of `UTF8View` costs several times a buffer's).
        let plain = text.withByteSpan { b -> [UInt8]? in
            ColumnText.isPlain(b) ? [UInt8](bytes: b) : nil
        }
        if let plain, let plain {
            units = plain
            characters = nil
        } else if plain == nil, text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            units = Array(text.utf8)
            characters = nil
        } else {
            let characters = Array(text)
            units = characters.map { ch in
                if let a = ch.asciiValue, ch.unicodeScalars.count == 1 { return a }
                return ch.isNumber ? ColumnText.otherNumber : ColumnText.other
            }
            self.characters = characters
        }
    }

    var count: Int { units.count }

    /// True when the character at `i` is a space (" ", not a tab).
    @inline(__always) func isSpace(_ i: Int) -> Bool { units[i] == 0x20 }

    /// True when the character at `i` is the ASCII character `c`.
    @inline(__always) func isCharacter(_ i: Int, _ c: UInt8) -> Bool { units[i] == c }

    /// `Character.isNumber`.
    @inline(__always) func isNumber(_ i: Int) -> Bool {
        let u = units[i]
        return (u >= 0x30 && u <= 0x39) || u == ColumnText.otherNumber
    }

    /// True when every character is its own ASCII byte (``string(_:)`` is then
    /// the bytes in the range, and ``appendBytes(_:to:)`` may be used).
    var isPlain: Bool { characters == nil }

    /// The bytes of the characters in `range`, for a plain line (see ``isPlain``).
    func appendBytes(_ range: Range<Int>, to out: inout [UInt8]) {
        // Words are short: a byte at a time beats the generic bulk append.
        for i in range { out.append(units[i]) }
    }

    /// The characters in `range`.
    func string(_ range: Range<Int>) -> String {
        if let characters { return String(characters[range]) }
        return String(decoding: units[range], as: UTF8.self)
    }

    /// True when no byte is outside ASCII or a carriage return; eight bytes
    /// at a time (a byte loop here was most of what the byte paths cost).
    static func isPlain(_ b: Span<UInt8>) -> Bool {
        let count = b.count
        var i = 0
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        while i + 8 <= count {
            let x = b.word(at: i)
            if x & high != 0 { return false }
            // A zero byte in x ^ cr is a carriage return in x (the usual test for a zero byte).
            let y = x ^ cr
            if (y &- ones) & ~y & high != 0 { return false }
            i += 8
        }
        while i < count {
            if b[i] >= 0x80 || b[i] == 0x0D { return false }
            i += 1
        }
        return true
    }
}
