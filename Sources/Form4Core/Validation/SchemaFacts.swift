import LibXML

/// The facts of the project's XSDs (`Schemas/*.xsd`), checked on what the
/// writer wrote (``WrittenElements``), giving the diagnostics libxml2's XSD
/// validation gives for the same XML: same messages, lines and paths, in the
/// same order.
///
/// `encode` checks every document it writes against the XSD; libxml2 needs a
/// tree of the document and a compiled schema (a sixth of encoding a text, and
/// the compile as much again once per process). The writer emits elements in
/// schema order, so the content models come down to counting: an element the
/// model lacks, one a form type does not allow, a choice with none or two. The
/// values come down to a few facets (lengths, a pattern, short pick-lists,
/// the decimal limits). What libxml2 does on an error is followed: an element
/// not expected ends the check of its parent's content (libxml2 skips the rest
/// of it), a parent that ends early is reported at its own start tag.
///
/// Only cases whose wording was compared with libxml2's are modelled; anything
/// else (an unknown name, too many repeats, a value whose message is not
/// modelled, a footnote id that is not F1-F99) makes ``check(_:)`` return nil,
/// and the caller runs libxml2. `SchemaFactsTests` hold it to libxml2 on
/// encode outputs, the corpus, generated and mutated documents.
struct SchemaFacts {
    /// One error, as libxml2 reports it.
    struct Finding: Equatable {
        var message: String
        var line: Int
        var path: String
    }

    /// The record's elements, held here once: reading them through the
    /// record's property cost a retain and release of the array each time.
    private let elements: [WrittenElements.Element]
    private var findings: [Finding] = []
    /// The footnote texts' ids seen so far, as bits 1 to 99 of their numbers
    /// (every id checked is "F1" to "F99", one number each): a set of the
    /// strings hashed each id, which cost more than the rest of a footnote's check.
    private var footnoteIds = FootnoteNumbers()

    /// Nil when the record is unusable (no root, or not `ownershipDocument`).
    init?(_ written: WrittenElements) {
        guard !written.failed, let root = written.elements.first, Self.same(root.name, "ownershipDocument")
        else { return nil }
        elements = written.elements
    }

    /// libxml2's XSD findings for a document of `type`, or nil when some part of
    /// the document is not modelled here.
    mutating func check(_ type: DocumentType) -> [Finding]? {
        findings = []
        footnoteIds = FootnoteNumbers()
        guard validate(0, as: .complex(Self.rootName, Self.root(type))) else { return nil }
        return findings
    }

    /// The line of the element at `path` (or of its deepest ancestor present),
    /// as ``Validator/line(of:in:)`` finds it on libxml2's tree.
    func line(of path: String) -> Int? {
        guard let (root, steps) = Validator.steps(of: path), root == Self.rootName else { return nil }
        var current = 0
        for step in steps {
            var seen = 0
            var found = -1
            var child = Int(elements[current].firstChild)
            while child >= 0 {
                if Self.same(elements[child].name, step: step.name) {
                    seen += 1
                    if seen == step.rank {
                        found = child
                        break
                    }
                }
                child = Int(elements[child].next)
            }
            guard found >= 0 else { break }
            current = found
        }
        return Int(elements[current].line)
    }

    // MARK: - Content

    /// Checks element `k`'s content as type `type`; false when it is not modelled.
    private mutating func validate(_ k: Int, as type: Kind) -> Bool {
        switch type {
        case .complex(_, let particles):
            return content(of: k, particles)
        case .leaf(let simple):
            guard elements[k].firstChild < 0, elements[k].attribute == nil else { return false }
            return value(of: k, simple)
        case .valueOrFootnotes(let simple):
            return valueOrFootnotes(of: k, simple)
        case .footnoteReference:
            guard elements[k].firstChild < 0, elements[k].text == nil,
                let id = elements[k].attribute else { return false }
            return Self.isFootnoteKey(id)
        case .footnoteText:
            guard elements[k].firstChild < 0, let id = elements[k].attribute,
                let number = Self.footnoteKeyNumber(id), footnoteIds.insert(number) else { return false }
            return true
        }
    }

    /// A sequence of particles (each an element or a choice of elements, with
    /// its occurrences), checked as libxml2's automaton reads it.
    private mutating func content(of k: Int, _ particles: [Particle]) -> Bool {
        guard elements[k].text == nil || elements[k].firstChild >= 0,
            elements[k].attribute == nil else { return false }
        var p = 0
        var count = 0
        var next = Int(elements[k].firstChild)
        while next >= 0 {
            let child = next
            next = Int(elements[child].next)
            let name = elements[child].name
            let (p0, count0) = (p, count)
            var accepted: Kind?
            while p < particles.count {
                if let type = particles[p].type(of: name) {
                    guard count < particles[p].max else { return false }  // too many: not modelled
                    count += 1
                    accepted = type
                    break
                }
                guard count >= particles[p].min else { break }
                p += 1
                count = 0
            }
            guard let accepted else {
                guard let expected = Self.expected(particles, p0, count0) else { return false }
                findings.append(Finding(
                    message: "Element '\(name)': This element is not expected. Expected is \(expected).",
                    line: Int(elements[child].line), path: path(of: child)))
                // libxml2 checks nothing more of this parent's content.
                return true
            }
            guard validate(child, as: accepted) else { return false }
        }
        var q = p
        var c = count
        while q < particles.count {
            if c < particles[q].min {
                guard let expected = Self.expected(particles, p, count) else { return false }
                findings.append(Finding(
                    message: "Element '\(name(of: k))': Missing child element(s). Expected is \(expected).",
                    line: Int(elements[k].line), path: path(of: k)))
                return true
            }
            q += 1
            c = 0
        }
        return true
    }

    /// `AmountOrFootnote`, `DateOrFootnote`: a value with up to 98 footnotes, or 1 to 99 footnotes alone.
    private mutating func valueOrFootnotes(of k: Int, _ simple: Simple) -> Bool {
        guard elements[k].attribute == nil else { return false }
        var footnotes = 0
        var hasValue = false
        var next = Int(elements[k].firstChild)
        while next >= 0 {
            let child = next
            next = Int(elements[child].next)
            let name = elements[child].name
            if Self.same(name, "value"), !hasValue, footnotes == 0 {
                hasValue = true
                guard validate(child, as: .leaf(simple)) else { return false }
            } else if Self.same(name, "footnoteId") {
                footnotes += 1
                guard validate(child, as: .footnoteReference) else { return false }
            } else {
                return false
            }
        }
        guard hasValue || footnotes > 0 else {
            guard elements[k].text == nil else { return false }
            findings.append(Finding(
                message: "Element '\(name(of: k))': Missing child element(s). Expected is one of ( value, footnoteId ).",
                line: Int(elements[k].line), path: path(of: k)))
            return true
        }
        return footnotes <= (hasValue ? 98 : 99)
    }

    /// The names libxml2 lists as expected where `p`, `count` stand: those the
    /// particle there still takes, then those of the particles after it as far
    /// as the first required one.
    ///
    /// Not modelled (nil): a place inside a repeated particle (`maxOccurs` above
    /// one) that has matched already. libxml2 counts those repeats with counters,
    /// and then lists either the repeat alone or the elements after it alone.
    static func expected(_ particles: [Particle], _ p: Int, _ count: Int) -> String? {
        if p < particles.count, particles[p].max > 1, count > 0 { return nil }
        var names: [StaticString] = []
        var i = p
        var c = count
        while i < particles.count {
            if c < particles[i].max { names += particles[i].names }
            if c < particles[i].min { break }
            i += 1
            c = 0
        }
        switch names.count {
        case 0: return nil
        case 1: return "( \(names[0]) )"
        default: return "one of ( " + names.map(\.description).joined(separator: ", ") + " )"
        }
    }

    static let rootName = "ownershipDocument"

    private func name(of k: Int) -> String {
        elements[k].name.description
    }

    /// Whether two names are the same: the writer's literals are usually the
    /// very ones the models hold, so the address settles most comparisons.
    static func same(_ a: StaticString, _ b: StaticString) -> Bool {
        if a.utf8Start == b.utf8Start && a.utf8CodeUnitCount == b.utf8CodeUnitCount { return true }
        guard a.utf8CodeUnitCount == b.utf8CodeUnitCount else { return false }
        return a.withByteSpan { x in b.withByteSpan { y in x.elementsEqual(y) } }
    }

    static func same(_ a: StaticString, step b: Substring) -> Bool {
        a.withByteSpan { $0.elementsEqual(b.utf8.span) }
    }

    /// libxml2's path of an element (`xmlGetNodePath`): a step takes its
    /// 1-based rank only when its parent has other children of its name.
    ///
    /// Written as bytes from the root down, each name copied from its static
    /// text: a string per step, joined after, cost as much as the rest of a finding.
    private func path(of k: Int) -> String {
        var chain: [Int] = []
        var node = k
        while node >= 0 {
            chain.append(node)
            node = Int(elements[node].parent)
        }
        var out: [UInt8] = []
        out.reserveCapacity(32 * chain.count)
        for node in chain.reversed() {
            out.append(UInt8(ascii: "/"))
            let name = elements[node].name
            name.withByteSpan { out.append(bytes: $0) }
            let parent = Int(elements[node].parent)
            guard parent >= 0 else { continue }
            var before = 0
            var others = false
            var sibling = Int(elements[parent].firstChild)
            while sibling >= 0 {
                if Self.same(elements[sibling].name, name) {
                    if sibling < node { before += 1 } else if sibling > node { others = true }
                }
                sibling = Int(elements[sibling].next)
            }
            if before > 0 || others {
                out.append(UInt8(ascii: "["))
                out.append(contentsOf: String(before + 1).utf8)
                out.append(UInt8(ascii: "]"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Values

    private mutating func value(of k: Int, _ simple: Simple) -> Bool {
        let text = elements[k].text ?? ""
        switch Self.check(text, as: simple) {
        case .valid:
            return true
        case .invalid(let message):
            findings.append(Finding(message: "Element '\(name(of: k))': " + message,
                                    line: Int(elements[k].line), path: path(of: k)))
            return true
        case .unknown:
            return false
        }
    }

    /// The number of a footnote key (F1 to F99), nil for any other id.
    static func footnoteKeyNumber(_ id: String) -> Int? {
        guard isFootnoteKey(id) else { return nil }
        var number = 0
        for c in id.utf8.dropFirst() { number = number * 10 + Int(c - 0x30) }
        return number
    }

    /// A set of footnote numbers 1 to 99, as bits.
    struct FootnoteNumbers {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        /// Adds `number` (0 to 127); false when it was there already.
        mutating func insert(_ number: Int) -> Bool {
            let bit: UInt64 = 1 << UInt64(number & 63)
            if number < 64 {
                defer { low |= bit }
                return low & bit == 0
            }
            defer { high |= bit }
            return high & bit == 0
        }
    }

    /// F1 to F99, the pattern of both footnote key types.
    static func isFootnoteKey(_ id: String) -> Bool {
        let u = id.utf8
        guard u.count == 2 || u.count == 3 else { return false }
        var i = u.startIndex
        guard u[i] == UInt8(ascii: "F") else { return false }
        i = u.index(after: i)
        guard (0x31...0x39).contains(u[i]) else { return false }
        i = u.index(after: i)
        return i == u.endIndex || (0x30...0x39).contains(u[i])
    }
}
