/// A document printed as loose text, with what a property test needs to
/// judge the parser: where each value was printed and which values the
/// noise pass damaged.
public struct LooseRendering: Sendable {
    public var style: LooseStyle
    public var text: String
    /// 1-based input lines of each field (`…/transactionShares`) and of each
    /// row or footnote element (`…/nonDerivativeTransaction[2]`, `…/footnote[3]`).
    public var lines: [String: ClosedRange<Int>]
    /// Fields whose printed text the OCR-noise pass changed.
    public var damaged: Set<String>

    public init(style: LooseStyle, text: String, lines: [String: ClosedRange<Int>], damaged: Set<String>) {
        self.style = style
        self.text = text
        self.lines = lines
        self.damaged = damaged
    }
}

/// Collects output lines and the line span of every field and row written.
struct LineSink {
    var lines: [String] = []
    var spans: [String: ClosedRange<Int>] = [:]

    /// The 1-based number the next line will get.
    var next: Int { lines.count + 1 }

    mutating func add(_ line: String) {
        var l = line
        while l.last == " " { l.removeLast() }
        lines.append(l)
    }

    mutating func add(_ many: [String]) { for l in many { add(l) } }

    /// Records that `keys` are printed on lines `from...to` (merging with earlier spans).
    mutating func mark(_ keys: [String], from: Int, to: Int) {
        guard to >= from else { return }
        for k in keys {
            if let old = spans[k] { spans[k] = min(old.lowerBound, from)...max(old.upperBound, to) }
            else { spans[k] = from...to }
        }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
