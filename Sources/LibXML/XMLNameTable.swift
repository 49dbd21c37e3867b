import CLibXML2

/// The element and attribute names a writer uses, interned once per process
/// in a libxml2 dictionary that the documents ``XMLTreeBuilder`` builds take
/// as the parent of their own.
///
/// A document's dictionary is new with each document, so every name a
/// document uses was hashed and inserted again for each one (a third of
/// making its elements). With the names in a parent dictionary, a document's
/// elements take the parent's copies, found here by their text without
/// libxml2 hashing them; the document's own dictionary gets only what is not
/// in the table (footnote ids the validator registers, names left out).
///
/// Safe to share between threads: the parent dictionary and the table are
/// filled in `init` and only read after it (a dictionary look-up that finds
/// the name reads it only); libxml2 counts the references documents take to
/// the parent under its own lock.
public final class XMLNameTable: @unchecked Sendable {
    let dict: xmlDictPtr?
    private let table: UnsafeMutablePointer<(name: StaticString?, interned: UnsafePointer<xmlChar>?)>
    private let size: Int

    public init(_ names: [StaticString]) {
        LibXML2.initialize()
        dict = xmlDictCreate()
        var size = 64
        while size < 4 * names.count { size *= 2 }
        self.size = size
        table = .allocate(capacity: size)
        table.initialize(repeating: (nil, nil), count: size)
        guard let dict else { return }
        for name in names where find(name) == nil {
            guard let interned = name.withUTF8Buffer({ xmlDictLookup(dict, $0.baseAddress, Int32($0.count)) }) else {
                continue
            }
            var slot = Self.hash(name) & (size - 1)
            while table[slot].name != nil { slot = (slot + 1) & (size - 1) }
            table[slot] = (name, interned)
        }
    }

    deinit {
        table.deallocate()
        if let dict { xmlDictFree(dict) }
    }

    /// The names in the table, for tests.
    public var names: [String] {
        (0..<size).compactMap { table[$0].name.map { $0.description } }
    }

    /// The parent dictionary's copy of `name`, or nil when the table lacks it.
    func find(_ name: StaticString) -> UnsafePointer<xmlChar>? {
        var slot = Self.hash(name) & (size - 1)
        while let held = table[slot].name {
            if Self.same(held, name) { return table[slot].interned }
            slot = (slot + 1) & (size - 1)
        }
        return nil
    }

    private static func hash(_ name: StaticString) -> Int {
        let n = name.utf8CodeUnitCount
        guard n > 0 else { return 0 }
        let p = name.utf8Start
        return n &* 31 &+ Int(p[0]) &* 7 &+ Int(p[n - 1]) &* 131 &+ Int(p[n / 2]) &* 1031
    }

    private static func same(_ a: StaticString, _ b: StaticString) -> Bool {
        let n = a.utf8CodeUnitCount
        guard n == b.utf8CodeUnitCount else { return false }
        if a.utf8Start == b.utf8Start { return true }
        for k in 0..<n where a.utf8Start[k] != b.utf8Start[k] { return false }
        return true
    }
}
