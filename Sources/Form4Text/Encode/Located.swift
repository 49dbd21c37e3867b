/// A value read from the input and where it was read (1-based line and column).
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var line: Int
    var column: Int
}

/// A line of a header box: its text and where it starts in the input.
struct BoxLine: Sendable {
    var text: String
    var line: Int
    var column: Int
    /// The width of the column the line was printed in, when the layout tells
    /// it: pandoc wraps a box's lines at it (see ``HeaderBoxes/unwrap(_:)``).
    var width: Int? = nil
}
