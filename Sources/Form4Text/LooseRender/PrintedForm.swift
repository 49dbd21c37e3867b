import Form4Core

/// One piece of printed text and the document field it shows, if any.
///
/// Keeping the field's XPath beside its text lets the renderers say on which
/// lines each value ended up and lets the noise pass say which values it
/// damaged: the property test needs both to judge the parser fairly.
public struct PrintedPart: Sendable, Hashable {
    public var text: String
    /// XPath of the field (`…/transactionAmounts/transactionShares`); nil for labels.
    public var field: String?
    /// True for a footnote mark such as `(1)`, which styles print differently.
    public var isFootnoteMark: Bool

    public init(_ text: String, field: String? = nil, isFootnoteMark: Bool = false) {
        self.text = text
        self.field = field
        self.isFootnoteMark = isFootnoteMark
    }
}

/// A table cell as the form prints it: a value followed by its footnote marks.
public struct PrintedCell: Sendable, Hashable {
    public var parts: [PrintedPart]

    public init(_ parts: [PrintedPart] = []) { self.parts = parts }

    public var isEmpty: Bool { parts.allSatisfy { $0.text.isEmpty } }

    /// Fields shown in this cell.
    public var fields: [String] { parts.compactMap(\.field) }

    /// The cell as one string, footnote marks glued to the value as the form prints them (`$12.40(2)`).
    public func joined(mark: (String) -> String = { $0 }) -> String {
        var out = ""
        for part in parts where !part.text.isEmpty {
            out += part.isFootnoteMark ? mark(part.text) : part.text
        }
        return out
    }
}

/// One row of Table I or II, with the XPath of the element it came from.
public struct PrintedRow: Sendable, Hashable {
    public var path: String
    public var cells: [PrintedCell]
}

/// A table of the form: caption, column heads (number and words), the second
/// heading row (`Code V Amount (A) or (D) Price`) and the rows.
public struct PrintedTable: Sendable, Hashable {
    public var caption: String
    /// One head per column; a column under a spanning head repeats that head's text.
    public var heads: [String]
    /// The sub-heading of each column (`Code`, `V`, …), or "".
    public var subHeads: [String]
    /// Columns that hold numbers (printed right-aligned by some tools).
    public var numeric: Set<Int>
    public var rows: [PrintedRow]
}

/// A labelled header box (`3. Date of Earliest Transaction (Month/Day/Year)` and its value lines).
public struct PrintedBox: Sendable, Hashable {
    public var label: String
    public var lines: [PrintedCell]
}

/// An entry of Explanation of Responses.
public struct PrintedFootnote: Sendable, Hashable {
    public var number: String
    public var path: String
    /// The footnote's lines as filed.
    public var lines: [String]
}

/// The whole form as it is printed, before any tool lays it out: what every
/// style shares. Built once from the model by ``PrintedForm/init(_:)``.
public struct PrintedForm: Sendable {
    public var form: Int
    public var documentType: String
    public var title: [String]
    /// Check boxes above the header (Section 16 exit, 10b5-1, Form 5 boxes).
    public var checkLines: [String]
    /// Header boxes in three groups, as the form places them side by side:
    /// box 1 | boxes 2-4 | boxes 5-6.
    public var boxColumns: [[PrintedBox]]
    public var tables: [PrintedTable]
    public var footnotes: [PrintedFootnote]
    public var remarks: [String]
    /// The "Reporting Owners" table when more than one person files.
    public var ownersTable: [[String]]
    /// Signature lines: name and date.
    public var signatures: [[PrintedCell]]
    public var closing: [String]
}
