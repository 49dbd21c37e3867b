import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// Footnotes are numbered in order: a line that starts with a later number is
/// text of the footnote being read when the next footnote to start is the one
/// that number skipped ("… footnotes 2 and 3 to this Form" / "4." / "3. …").
@Suite struct EncodeFootnoteNumberTests {
    static func encode(_ old: String, _ new: String) throws -> EncodeResult {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old))
        return try FormEncoder.encode(InputFile(name: "footnotes", bytes: Array(text.replacingOccurrences(of: old, with: new).utf8)),
                                      options: EncodeFixtureTests.options)
    }

    @Test func aWrappedNumberThatSkipsAheadIsText() throws {
        let result = try Self.encode("$31.55, inclusive.\n", "$31.55, inclusive. Full information is set out in footnotes 2 and 3 to this Form\n4.\n")
        let notes = result.document.footnotes.map { ($0.id, $0.text) }
        #expect(notes.map(\.0) == ["F1", "F2", "F3", "F4", "F5"])
        #expect(notes[1].1.hasSuffix("footnotes 2 and 3 to this Form 4."))
        #expect(notes[2].1.hasPrefix("The price reported is a weighted average price."))
        #expect(notes[3].1 == "Held by the Quillane Family Trust, of which the reporting person is a trustee.")
    }

    /// A real skip (no footnote 3 follows) still starts a footnote.
    @Test func aNumberThatSkipsAheadStartsAFootnoteWhenTheSkippedOneNeverComes() throws {
        let result = try Self.encode("3. The price reported is a weighted average price. These shares were sold in multiple transactions at prices ranging from $30.71 to $31.08, inclusive.\n", "")
        #expect(result.document.footnotes.map(\.id) == ["F1", "F2", "F4", "F5"])
    }
}
