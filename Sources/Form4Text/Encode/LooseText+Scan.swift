/// The byte tests `LooseText` asks of every line to tell its style (pipe
/// row, separator, box drawing, free text).
///
/// They read UTF-8 bytes instead of `Character`s; each says why its answer
/// is the `Character` one.
extension LooseText {
    /// html2text writes pipe tables without the outer pipes ("a | b | c"):
    /// how many `|` follow a space in the line's first 4000 characters.
    static func barePipes(_ line: Substring) -> Int {
        // All ASCII: bytes are the characters.
        let fast = line.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var bare = 0
            var previous = UInt8(ascii: "x")
            for byte in b.prefix(4000) {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "|") && previous == UInt8(ascii: " ") { bare += 1 }
                previous = byte
            }
            return bare
        }
        if let fast, let bare = fast { return bare }
        var bare = 0
        var previous: Character = "x"
        for ch in line.prefix(4000) {
            if ch == "|" && previous == " " { bare += 1 }
            previous = ch
        }
        return bare
    }

    /// "---|---|---": the separator row of a pipe table (pipes, dashes,
    /// colons and spaces only, with a pipe and three dashes in a row).
    static func isSeparatorRow(_ line: Substring) -> Bool {
        // A character is one of "-|: " exactly when it is that one byte, so
        // "every byte is one of them" is "every character is".
        line.has("|") && onlyBytes(line, in: "-|: ") && line.has("---")
    }

    /// True when every byte of the text is one of the ASCII `allowed`.
    static func onlyBytes(_ text: some StringProtocol, in allowed: StaticString) -> Bool {
        allowed.withUTF8Buffer { set in text.utf8.allSatisfy { set.contains($0) } }
    }

    /// True when the line holds a box-drawing character (U+2500 to U+257F),
    /// whose UTF-8 is E2 94 xx or E2 95 xx.
    static func hasBoxDrawing(_ line: Substring) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var lead = false
            for byte in bytes {
                if lead && (byte == 0x94 || byte == 0x95) { return true }
                lead = byte == 0xE2
            }
            return false
        }
        return line.utf8.withContiguousStorageIfAvailable(scan) ?? scan(line.utf8)
    }
}
