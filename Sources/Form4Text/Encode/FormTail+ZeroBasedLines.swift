extension FormTail {
    /// A slice of lines read from 0, in place.
    ///
    /// ``FormTail/read(_:explanation:referenced:box1:)`` numbers the tail's lines
    /// from 0; an `Array` of the slice made that so, at the price of a copy of
    /// every line (each line's arrays retained, then released with the copy).
    /// Here a line is read where it is.
    struct ZeroBasedLines {
        let lines: ArraySlice<LooseLine>

        init(_ lines: ArraySlice<LooseLine>) {
            self.lines = lines
        }

        var count: Int { lines.count }

        /// The `k`-th line (from 0), borrowed rather than copied.
        subscript(k: Int) -> LooseLine {
            _read { yield lines[lines.startIndex + k] }
        }

        /// The lines `range` (counted from 0).
        func slice(_ range: Range<Int>) -> ArraySlice<LooseLine> {
            lines[(lines.startIndex + range.lowerBound)..<(lines.startIndex + range.upperBound)]
        }
    }
}
