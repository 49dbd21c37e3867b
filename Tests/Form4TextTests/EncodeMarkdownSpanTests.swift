import Testing
@testable import Form4Text

/// Markdown converters print a head that spans two columns in two ways:
/// markitdown leaves the second head cell blank; pymupdf4llm names it `ColN`
/// and repeats a spanning data cell under both. Only the first splits a
/// "(1) | (1)" pair into exercisable and expiration.
@Suite struct EncodeMarkdownSpanTests {
    static let cells = ["Stock Option", "(1)", "(1)", "Common Stock"]
    static let groups = ["1. Title of Derivative Security", "2. Date Exercisable and Expiration Date",
                         "2. Date Exercisable and Expiration Date", "3. Title and Amount"]

    @Test func aBlankHeadCellKeepsBothMarks() {
        let segments = LooseText.fold(Self.cells, groups: Self.groups, blankHeads: [false, false, true, false])
        #expect(segments.map(\.text) == ["Stock Option", "(1)", "(1)", "Common Stock"])
    }

    @Test func aPlaceholderHeadCellFoldsARepeatedCell() {
        let segments = LooseText.fold(Self.cells, groups: Self.groups, blankHeads: [false, false, false, false])
        #expect(segments.map(\.text) == ["Stock Option", "(1)", "Common Stock"])
    }
}
