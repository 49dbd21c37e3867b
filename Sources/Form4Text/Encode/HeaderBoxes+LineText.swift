/// The character tests ``HeaderBoxes/startsNextBox(_:at:from:to:)`` makes,
/// so that it reads a ``ColumnText`` (as its tests build) and the header's
/// own ``HeaderBoxes/LineText`` alike.
protocol ColumnCharacters {
    var count: Int { get }
    func isSpace(_ i: Int) -> Bool
    func isCharacter(_ i: Int, _ c: UInt8) -> Bool
    func isNumber(_ i: Int) -> Bool
}

extension ColumnText: ColumnCharacters {}

extension HeaderBoxes {
    /// A layout line of the header addressed by character offset, as
    /// ``ColumnText`` holds it (one byte per character: an ASCII character is
    /// its own byte, any other `other` or `otherNumber`), with the bytes open
    /// to the header's readers: the labels are then matched on them in place
    /// (no string per candidate label, no string per word).
    ///
    /// A unit equals an ASCII byte exactly when its character is that one
    /// ASCII scalar, so comparing units with an ASCII phrase is comparing the
    /// characters (no character outside ASCII is canonically equivalent to
    /// the letters, digits and signs of the labels).
    struct LineText: ColumnCharacters {
        let units: [UInt8]
        private let characters: [Character]?

        init(_ text: some StringProtocol) {
            let plain = text.utf8.withContiguousStorageIfAvailable { b -> [UInt8]? in
                HeaderBoxes.isPlain(b) ? Array(b) : nil
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

        @inline(__always) func isSpace(_ i: Int) -> Bool { units[i] == 0x20 }

        @inline(__always) func isCharacter(_ i: Int, _ c: UInt8) -> Bool { units[i] == c }

        @inline(__always) func isNumber(_ i: Int) -> Bool {
            let u = units[i]
            return (u >= 0x30 && u <= 0x39) || u == ColumnText.otherNumber
        }

        var isPlain: Bool { characters == nil }

        /// The bytes of the characters in `range`, for a plain line.
        func appendBytes(_ range: Range<Int>, to out: inout [UInt8]) {
            // Words are short: a byte at a time beats the generic bulk append.
            for i in range { out.append(units[i]) }
        }

        /// The characters in `range`.
        func string(_ range: Range<Int>) -> String {
            if let characters { return String(characters[range]) }
            return units.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
    }

    /// The text's bytes when it is ASCII without a carriage return (each
    /// byte is then one character, a space exactly when it is 0x20), else nil:
    /// the readers' byte paths, which fall back to the `Character` code otherwise.
    static func plainBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let r = text.utf8.withContiguousStorageIfAvailable { b -> R? in
            isPlain(b) ? body(b) : nil
        }
        if let r { return r }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { b -> R? in
            isPlain(b) ? body(b) : nil
        } ?? nil
    }

    /// True when no byte is outside ASCII or a carriage return; eight bytes
    /// at a time (a byte loop here was most of what the byte paths cost).
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = b.count
        var i = 0
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        while i + 8 <= count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
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

    /// The byte offset of the last "  " (two spaces) in ASCII bytes.
    static func lastDoubleSpace(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = b.count - 2
        while i >= 0 {
            if b[i] == 0x20 && b[i + 1] == 0x20 { return i }
            i -= 1
        }
        return nil
    }

    /// The byte offset of the first occurrence of an ASCII phrase in ASCII bytes.
    static func firstOffset(of phrase: StaticString, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = phrase.utf8CodeUnitCount
        guard n > 0, b.count >= n else { return nil }
        let p = phrase.utf8Start
        var i = 0
        while i <= b.count - n {
            if b[i] == p[0] {
                var j = 1
                while j < n && b[i + j] == p[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }
}
