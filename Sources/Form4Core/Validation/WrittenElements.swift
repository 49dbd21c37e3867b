/// The elements `OwnershipXMLWriter` wrote, as it wrote them: name, line,
/// place in the tree, text and attribute value.
///
/// `encode` checks the XML it writes against the XSD. Building libxml2's tree
/// of it and running libxml2's validator cost more than a third of encoding a
/// text; the writer's output is regular enough (every element in schema order,
/// one per line) that ``SchemaFacts`` can check the schema's facts on this
/// record instead, and give the rules' diagnostics their lines from it. The
/// text recorded is the value as given, which is what a parse reads only when
/// the writer says every value reads back as written; otherwise the caller
/// must not use the record.
final class WrittenElements {
    struct Element {
        var name: StaticString
        /// The line its start tag is on.
        var line: Int32
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        var text: String?
        var attribute: String?
    }

    // One owner writes the record, then one reads it: no exclusivity checks
    // (they cost more than the recording).
    @exclusivity(unchecked) private(set) var elements: [Element] = []
    /// The innermost element opened and not yet closed; -1 before the root and after it.
    @exclusivity(unchecked) private var current: Int32 = -1
    /// A second root or a line past what libxml2 keeps in a node: no record then.
    @exclusivity(unchecked) private(set) var failed = false

    init() {
        elements.reserveCapacity(256)
    }

    func open(_ name: StaticString, line: Int) {
        guard !failed else { return }
        guard line < 65535, current >= 0 || elements.isEmpty else {
            failed = true
            return
        }
        let index = Int32(elements.count)
        elements.append(Element(name: name, line: Int32(line), parent: current))
        if current >= 0 {
            let p = Int(current)
            if elements[p].lastChild >= 0 {
                elements[Int(elements[p].lastChild)].next = index
            } else {
                elements[p].firstChild = index
            }
            elements[p].lastChild = index
        }
        current = index
    }

    func text(_ value: String) {
        guard !failed, current >= 0 else { return }
        elements[Int(current)].text = value
    }

    func attribute(_ value: String) {
        guard !failed, current >= 0 else { return }
        elements[Int(current)].attribute = value
    }

    func close() {
        guard !failed, current >= 0 else { return }
        current = elements[Int(current)].parent
    }
}
