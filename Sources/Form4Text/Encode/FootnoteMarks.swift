/// A token's footnote ids ("F1", "F12"), in the order written: a collection
/// of the id strings, as the `[String]` it replaces was.
///
/// The tokenizer names mark `n` "F\(n)", and a token carries one or two
/// marks. As an array, every marked token allocated one, and every copy or
/// drop of a token (tokens pass by value through each stage of a row's
/// reading) retained or released it. Here up to seven ids "F0" … "F254",
/// spelled as the tokenizer spells them, are bytes of one word: no
/// allocation, nothing to retain. Any other id, or an eighth, turns the list
/// into an array of the ids as written, so no id is ever changed or dropped.
struct FootnoteMarks: Sendable {
    private enum Storage: Sendable {
        /// The ids' numbers, a byte each from the lowest byte; the top byte is the count.
        case packed(UInt64)
        /// The ids as written.
        case list([String])
    }

    private var storage: Storage

    init() {
        storage = .packed(0)
    }

    /// The most ids held in the word.
    private static let packedLimit: UInt64 = 7

    /// "F0" … "F254", made once (small strings: no allocation behind them).
    private static let ids: [String] = (0..<255).map { "F\($0)" }

    /// The number of `id` when it is "F" and a number below 255 written as
    /// "F\(n)" writes it (no leading zero): only such an id is packed, so an
    /// id always reads back as it was written.
    private static func number(of id: String) -> UInt64? {
        let u = id.utf8
        guard u.count >= 2, u.count <= 4, u.first == UInt8(ascii: "F") else { return nil }
        var n: UInt64 = 0
        var first = true
        for c in u.dropFirst() {
            guard c >= 48, c <= 57 else { return nil }
            if first, c == 48, u.count > 2 { return nil }
            first = false
            n = n * 10 + UInt64(c - 48)
        }
        return n <= 254 ? n : nil
    }

    /// Appends id "F\(n)" (the tokenizer's mark `n`) without spelling it first when it packs.
    mutating func append(number n: Int) {
        if case .packed(let w) = storage, n >= 0, n <= 254, w >> 56 < FootnoteMarks.packedLimit {
            storage = .packed(FootnoteMarks.adding(UInt64(n), to: w))
            return
        }
        append(n >= 0 && n <= 254 ? FootnoteMarks.ids[n] : "F\(n)")
    }

    /// `w` with `n` added after its ids (there is room).
    @inline(__always) private static func adding(_ n: UInt64, to w: UInt64) -> UInt64 {
        let c = w >> 56
        return (w & 0x00FF_FFFF_FFFF_FFFF) | (n << (8 * c)) | ((c + 1) << 56)
    }

    /// The ids in reverse order (the tokenizer reads marks last first).
    mutating func reverse() {
        switch storage {
        case .packed(let w):
            let c = Int(w >> 56)
            var out = UInt64(c) << 56
            for k in 0..<c { out |= ((w >> (8 * UInt64(k))) & 0xFF) << (8 * UInt64(c - 1 - k)) }
            storage = .packed(out)
        case .list(var l):
            l.reverse()
            storage = .list(l)
        }
    }
}

extension FootnoteMarks: RandomAccessCollection {
    var startIndex: Int { 0 }

    var endIndex: Int {
        switch storage {
        case .packed(let w): return Int(w >> 56)
        case .list(let l): return l.count
        }
    }

    subscript(position: Int) -> String {
        switch storage {
        case .packed(let w):
            precondition(position >= 0 && position < Int(w >> 56), "FootnoteMarks index out of range")
            return FootnoteMarks.ids[Int((w >> (8 * UInt64(position))) & 0xFF)]
        case .list(let l):
            return l[position]
        }
    }
}

extension FootnoteMarks: RangeReplaceableCollection {
    /// The general edit, through an array of the ids (rare: tokens are merged a few times per row).
    mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == String {
        var all = Array(self)
        all.replaceSubrange(subrange, with: newElements)
        self = FootnoteMarks(ids: all)
    }

    mutating func append(_ id: String) {
        switch storage {
        case .packed(let w):
            if w >> 56 < FootnoteMarks.packedLimit, let n = FootnoteMarks.number(of: id) {
                storage = .packed(FootnoteMarks.adding(n, to: w))
            } else {
                storage = .list(Array(self) + [id])
            }
        case .list(var l):
            storage = .packed(0)
            l.append(id)
            storage = .list(l)
        }
    }

    mutating func append<S: Sequence>(contentsOf ids: S) where S.Element == String {
        for id in ids { append(id) }
    }

    /// The ids of `ids`, packed when every one packs and there are at most seven.
    init(ids: [String]) {
        self.init()
        if ids.count <= Int(FootnoteMarks.packedLimit) {
            var w: UInt64 = 0
            for id in ids {
                guard let n = FootnoteMarks.number(of: id) else {
                    storage = .list(ids)
                    return
                }
                w = FootnoteMarks.adding(n, to: w)
            }
            storage = .packed(w)
        } else {
            storage = .list(ids)
        }
    }
}

extension FootnoteMarks: ExpressibleByArrayLiteral {
    init(arrayLiteral ids: String...) {
        self.init(ids: ids)
    }
}

extension FootnoteMarks: Equatable {
    /// The same ids in the same order, however each list holds them.
    static func == (a: FootnoteMarks, b: FootnoteMarks) -> Bool {
        if case .packed(let x) = a.storage, case .packed(let y) = b.storage { return x == y }
        return a.elementsEqual(b)
    }
}
