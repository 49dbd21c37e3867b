import Form4Core
import Form4Diff
import Testing

/// The two reports: text for people, JSON for programs.
@Suite struct OutputTests {
    static let changes = [
        Change(kind: .changed, path: "Table I row 3 (Common Stock, 11/04/2021, S): price", old: "130.6886",
               new: "131.7511", field: "transactionPricePerShare", display: .money),
        Change(kind: .added, path: "Remarks", old: nil, new: "Line one\n  line \"two\"\t\u{1}", field: "remarks",
               display: .quoted),
        Change(kind: .removed, path: "Table I row 5 (Common Stock, 11/04/2021, S, 37,400 D)", old: "amount 37400",
               new: nil, field: "nonDerivativeTransaction", display: .part),
    ]

    @Test func textHasAHeaderAndOneLinePerChange() {
        let text = FilingDiff(oldName: "a.xml", newName: "b.xml", changes: Self.changes).text()
        #expect(text == """
            --- a.xml
            +++ b.xml
            changed  Table I row 3 (Common Stock, 11/04/2021, S): price $130.6886 → $131.7511
            added    Remarks "Line one line "two" \u{1}"
            removed  Table I row 5 (Common Stock, 11/04/2021, S, 37,400 D): amount 37400
            3 changes

            """)
        #expect(!text.contains("\u{1B}["))
    }

    @Test func colourOnlyWhenAsked() {
        let coloured = FilingDiff(oldName: "a", newName: "b", changes: Self.changes).text(colour: true)
        #expect(coloured.contains("\u{1B}[33mchanged "))
        #expect(coloured.contains("\u{1B}[32madded   "))
        #expect(coloured.contains("\u{1B}[31mremoved "))
        #expect(FilingDiff(oldName: "a", newName: "b", changes: []).text() == "--- a\n+++ b\nsame: the two filings say the same thing\n")
    }

    @Test func jsonEscapesAndKeepsValuesAsWritten() {
        let json = FilingDiff(oldName: "old \"1\".xml", newName: "new\\b.xml", changes: Self.changes).json()
        #expect(json.contains(#""new" : "Line one\n  line \"two\"\t\u0001""#))
        #expect(json.contains(#""old" : "old \"1\".xml""#))
        #expect(json.contains(#""new" : "new\\b.xml""#))
        #expect(json.contains(#""old" : null"#))
        #expect(json.contains(#""same" : false"#))
        // Keys in sorted order within each change and at the top.
        let keys = ["\"kind\"", "\"new\"", "\"old\"", "\"path\""].compactMap { json.range(of: $0)?.lowerBound }
        #expect(keys == keys.sorted() && keys.count == 4)
        let top = ["\"changes\"", "\"new\" : \"new", "\"old\" : \"old", "\"same\""].compactMap { json.range(of: $0)?.lowerBound }
        #expect(top == top.sorted() && top.count == 4)
    }

    @Test func emptyDiffInJSON() {
        #expect(FilingDiff(oldName: "a", newName: "b", changes: []).json()
                == "{\n  \"changes\" : [],\n  \"new\" : \"b\",\n  \"old\" : \"a\",\n  \"same\" : true\n}\n")
    }
}
