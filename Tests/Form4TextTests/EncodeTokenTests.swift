import Form4Core
import Testing
@testable import Form4Text

/// Footnote marks in every spelling extractors use, and numbers kept as written.
@Suite struct EncodeTokenTests {
    static func tokens(_ text: String) -> [LooseToken] {
        var result: [LooseToken] = []
        LooseTokenizer.tokens(in: LooseSegment(text: LooseNormalizer.clean(Substring(text)), x: 0, cell: -1), line: 1, into: &result)
        return result
    }

    @Test(arguments: [
        ("$12.50(2)", "$12.50", ["F2"]),
        ("$12.50 <sup>(2)</sup>", "$12.50", ["F2"]),
        ("$12.50<sup>2</sup>", "$12.50", ["F2"]),
        ("$12.50^(2)", "$12.50", ["F2"]),
        ("$12.50⁽²⁾", "$12.50", ["F2"]),
        ("$12.50²", "$12.50", ["F2"]),
        ("$12.50[2]", "$12.50", ["F2"]),
        ("\\$12.50(2)(11)", "$12.50", ["F2", "F11"]),
        ("J^(2)^(3)", "J", ["F2", "F3"]),
    ])
    func footnoteMarksInEverySpelling(_ text: String, _ value: String, _ notes: [String]) {
        let t = Self.tokens(text)
        #expect(t.count == 1)
        #expect(t.first?.text == value)
        #expect(t.first.map { Array($0.footnotes) } == notes)
    }

    @Test func numbersKeepTheirDecimalsAndLoseCommasAndDollars() {
        let t = Self.tokens("3,907,660 $130.6886 37400.00 $0")
        #expect(t.map { LooseValues.decimal($0).value?.text } == ["3907660", "130.6886", "37400.00", "0"])
        #expect(t.map(\.kind) == [.number, .money, .number, .money])
    }

    @Test func irregularThousandsSeparatorsAreDoubtful() {
        let t = Self.tokens("3,90,660")
        #expect(LooseValues.decimal(t[0]).doubt != nil)
    }

    @Test func ocrSubstitutionsAreReadButMarked() {
        let t = Self.tokens("§12.40 s30.9 1,O00 $31.28752) $O")
        #expect(t.map { LooseValues.decimal($0).value?.text } == ["12.40", "30.9", "1000", "31.2875", "0"])
        #expect(t.allSatisfy { $0.doubt != nil })
        #expect(t[4].kind == .money)
        #expect(t[3].footnotes == ["F2"])
    }

    @Test func footnoteOnlyCellsAndDates() {
        let t = Self.tokens("(7)  03/03/2020  3/3/20  2020-03-03  (Q), LP")
        #expect(t[0].kind == .footnoteOnly && t[0].footnotes == ["F7"])
        #expect(t[1].kind == .date && LooseValues.date(t[1].text).value?.text == "2020-03-03")
        #expect(LooseValues.date(t[2].text).value?.text == "2020-03-03" && LooseValues.date(t[2].text).doubt != nil)
        #expect(LooseValues.date(t[3].text).value?.text == "2020-03-03")
        #expect(t[4].kind == .word)
        #expect(LooseValues.date("02/30/2021").value == nil)
    }

    /// "Senior Notes due 2027": a year after "due" is the title's, not a price.
    @Test func aMaturityYearIsPartOfTheTitle() {
        var grammar = RowGrammar(Self.tokens("2.0% Convertible Senior Notes due 2027 $48.8935(1) 11/08/2022 P $60,000,000 11/08/2022 11/15/2027 Common Stock 1,227,156 $60,000,000 $60,000,000 D"))
        let f = grammar.parse(TableKind(derivative: true, form: 4))
        #expect(RowBuilder.text(f.title) == "2.0% Convertible Senior Notes due 2027")
        #expect(f.conversion?.text == "$48.8935" && f.conversion?.footnotes == ["F1"])
        #expect(RowGrammar.isYear("2027") && RowGrammar.isYear("1999") && !RowGrammar.isYear("2,027") && !RowGrammar.isYear("3027"))
    }

    /// Nothing priced stands before Table I's date: a par value there, its words
    /// wrapped onto the next line, is the title's. In Table II it is the price.
    @Test func aParValueBeforeTableOnesDateIsTheTitles() {
        var one = RowGrammar(Self.tokens("Class A Common Stock, $0.0001 09/14/2021 A 18,421 A $0.00 18,421 D"))
        let f = one.parse(TableKind(derivative: false, form: 4))
        #expect(RowBuilder.text(f.title) == "Class A Common Stock, $0.0001")
        #expect(f.date?.text == "09/14/2021" && f.code?.text == "A" && f.amount?.text == "18,421" && f.owned?.text == "18,421")
        var two = RowGrammar(Self.tokens("Stock Option $12.40 02/14/2024 M 2,500 03/01/2021 03/01/2031 Common Stock 2,500 $0 7,500 D"))
        let g = two.parse(TableKind(derivative: true, form: 4))
        #expect(RowBuilder.text(g.title) == "Stock Option" && g.conversion?.text == "$12.40")
    }

    @Test func numbersInsideTextStayText() {
        let row = RowGrammar(Self.tokens("Class A Common Stock, $0.01 par value  04/24/2025  P  16,000  A  $5.3569  8,536,067  I  Venture 2010 Fund, LP(1)"))
        var grammar = row
        let f = grammar.parse(TableKind(derivative: false, form: 4))
        #expect(RowBuilder.text(f.title) == "Class A Common Stock, $0.01 par value")
        #expect(f.amount?.text == "16,000" && f.price?.text == "$5.3569" && f.owned?.text == "8,536,067")
        #expect(RowBuilder.text(f.nature) == "Venture 2010 Fund, LP" && RowBuilder.notes(f.nature) == ["F1"])
    }
}
