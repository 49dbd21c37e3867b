/// A line of layout text addressed by character offset (its display
/// column), for the readers that cut lines into columns.
///
/// They used to make an `Array(text)` of `Character`s per line and per
/// label, which cost more than the rest of reading the header. Nearly every
/// line is ASCII, where a byte is a character: those are read as bytes.
/// Other lines keep the `Character`s, so offsets stay character offsets.
struct ColumnText {
    /// The bytes of an ASCII line (a carriage return, which pairs with a line
    /// feed into one character, is not counted as ASCII here).
    private let bytes: [UInt8]
    /// The characters of any other line.
    private let characters: [Character]
    let isASCII: Bool
    let count: Int

    init(_ text: some StringProtocol) {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            bytes = Array(text.utf8)
            characters = []
            isASCII = true
            count = bytes.count
        } else {
            bytes = []
            characters = Array(text)
            isASCII = false
            count = characters.count
        }
    }

    /// True when the character at `i` is a space (" ", not a tab).
    @inline(__always) func isSpace(_ i: Int) -> Bool {
        isASCII ? bytes[i] == 0x20 : characters[i] == " "
    }

    /// True when the character at `i` is the ASCII character `c`.
    @inline(__always) func isCharacter(_ i: Int, _ c: UInt8) -> Bool {
        isASCII ? bytes[i] == c : characters[i] == Character(Unicode.Scalar(c))
    }

    /// `Character.isNumber` (in ASCII, the digits).
    @inline(__always) func isNumber(_ i: Int) -> Bool {
        isASCII ? bytes[i] >= 0x30 && bytes[i] <= 0x39 : characters[i].isNumber
    }

    /// The characters in `range`.
    func string(_ range: Range<Int>) -> String {
        isASCII ? String(decoding: bytes[range], as: UTF8.self) : String(characters[range])
    }
}
