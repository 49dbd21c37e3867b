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

    private let written: WrittenElements
    /// The name of each written element but the root (whose place holds `.value`).
    private let names: [EDGARElementName]
    private var findings: [Finding] = []
    private var footnoteIds: Set<String> = []

    /// Nil when the record is unusable (an element name the schema does not know).
    init?(_ written: WrittenElements) {
        guard !written.failed, let root = written.elements.first, root.name.description == Self.rootName
        else { return nil }
        self.written = written
        var cache: [UnsafeRawPointer: EDGARElementName] = [:]
        var names: [EDGARElementName] = [.value]
        names.reserveCapacity(written.elements.count)
        for e in written.elements.dropFirst() {
            let key = UnsafeRawPointer(e.name.utf8Start)
            if let known = cache[key] {
                names.append(known)
                continue
            }
            guard let name = EDGARElementName.byName[e.name.description] else { return nil }
            cache[key] = name
            names.append(name)
        }
        self.names = names
    }

    /// libxml2's XSD findings for a document of `type`, or nil when some part of
    /// the document is not modelled here.
    mutating func check(_ type: DocumentType) -> [Finding]? {
        findings = []
        footnoteIds = []
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
            for child in written.children(of: current) where names[child].rawValue == step.name {
                seen += 1
                if seen == step.rank {
                    found = child
                    break
                }
            }
            guard found >= 0 else { break }
            current = found
        }
        return Int(written.elements[current].line)
    }

    // MARK: - Content

    /// Checks element `k`'s content as type `type`; false when it is not modelled.
    private mutating func validate(_ k: Int, as type: Kind) -> Bool {
        switch type {
        case .complex(_, let particles):
            return content(of: k, particles)
        case .leaf(let simple):
            guard written.elements[k].firstChild < 0, written.elements[k].attribute == nil else { return false }
            return value(of: k, simple)
        case .valueOrFootnotes(let simple):
            return valueOrFootnotes(of: k, simple)
        case .footnoteReference:
            guard written.elements[k].firstChild < 0, written.elements[k].text == nil,
                let id = written.elements[k].attribute else { return false }
            return Self.isFootnoteKey(id)
        case .footnoteText:
            guard written.elements[k].firstChild < 0, let id = written.elements[k].attribute,
                Self.isFootnoteKey(id), footnoteIds.insert(id).inserted else { return false }
            return true
        }
    }

    /// A sequence of particles (each an element or a choice of elements, with
    /// its occurrences), checked as libxml2's automaton reads it.
    private mutating func content(of k: Int, _ particles: [Particle]) -> Bool {
        guard written.elements[k].text == nil || written.elements[k].firstChild >= 0,
            written.elements[k].attribute == nil else { return false }
        var p = 0
        var count = 0
        for child in written.children(of: k) {
            let name = names[child]
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
                    message: "Element '\(name.rawValue)': This element is not expected. Expected is \(expected).",
                    line: Int(written.elements[child].line), path: path(of: child)))
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
                    line: Int(written.elements[k].line), path: path(of: k)))
                return true
            }
            q += 1
            c = 0
        }
        return true
    }

    /// `AmountOrFootnote`, `DateOrFootnote`: a value with up to 98 footnotes, or 1 to 99 footnotes alone.
    private mutating func valueOrFootnotes(of k: Int, _ simple: Simple) -> Bool {
        guard written.elements[k].attribute == nil else { return false }
        var footnotes = 0
        var hasValue = false
        for child in written.children(of: k) {
            switch names[child] {
            case .value where !hasValue && footnotes == 0:
                hasValue = true
                guard validate(child, as: .leaf(simple)) else { return false }
            case .footnoteId:
                footnotes += 1
                guard validate(child, as: .footnoteReference) else { return false }
            default:
                return false
            }
        }
        guard hasValue || footnotes > 0 else {
            guard written.elements[k].text == nil else { return false }
            findings.append(Finding(
                message: "Element '\(names[k].rawValue)': Missing child element(s). Expected is one of ( value, footnoteId ).",
                line: Int(written.elements[k].line), path: path(of: k)))
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
        var names: [EDGARElementName] = []
        var i = p
        var c = count
        while i < particles.count {
            if c < particles[i].max { names += particles[i].children.map(\.name) }
            if c < particles[i].min { break }
            i += 1
            c = 0
        }
        switch names.count {
        case 0: return nil
        case 1: return "( \(names[0].rawValue) )"
        default: return "one of ( " + names.map(\.rawValue).joined(separator: ", ") + " )"
        }
    }

    static let rootName = "ownershipDocument"

    private func name(of k: Int) -> String {
        k == 0 ? Self.rootName : names[k].rawValue
    }

    /// libxml2's path of an element (`xmlGetNodePath`): a step takes its
    /// 1-based rank only when its parent has other children of its name.
    private func path(of k: Int) -> String {
        var steps: [String] = []
        var node = k
        while node >= 0 {
            let parent = Int(written.elements[node].parent)
            var step = name(of: node)
            if parent >= 0 {
                var before = 0
                var others = false
                for sibling in written.children(of: parent) where names[sibling] == names[node] {
                    if sibling < node { before += 1 } else if sibling > node { others = true }
                }
                if before > 0 || others { step += "[\(before + 1)]" }
            }
            steps.append(step)
            node = parent
        }
        return "/" + steps.reversed().joined(separator: "/")
    }

    // MARK: - Values

    private mutating func value(of k: Int, _ simple: Simple) -> Bool {
        let text = written.elements[k].text ?? ""
        switch Self.check(text, as: simple) {
        case .valid:
            return true
        case .invalid(let message):
            findings.append(Finding(message: "Element '\(names[k].rawValue)': " + message,
                                    line: Int(written.elements[k].line), path: path(of: k)))
            return true
        case .unknown:
            return false
        }
    }

    /// F1 to F99, the pattern of both footnote key types.
    static func isFootnoteKey(_ id: String) -> Bool {
        let u = Array(id.utf8)
        guard u.count == 2 || u.count == 3, u[0] == UInt8(ascii: "F"), (0x31...0x39).contains(u[1]) else { return false }
        return u.count == 2 || (0x30...0x39).contains(u[2])
    }
}
