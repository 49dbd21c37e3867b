import LibXML
import Testing
import TestSupport
@testable import Form4Core

/// The value rules of the schemas, one edit of a valid Form 4 at a time. Where
/// the official X0306 schema is at hand it must give the same verdict.
@Suite struct SchemaFacetTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var valid: Bool
        /// False for X0407+ elements the X0306 schema cannot know.
        var comparableWithX0306 = true
        var edit: @Sendable (String) -> String?
    }

    static func value(_ container: String, _ content: String) -> @Sendable (String) -> String? {
        { XMLTextEdit.replacingValue(inside: container, with: content, in: $0) }
    }

    static func content(_ element: String, _ content: String) -> @Sendable (String) -> String? {
        { XMLTextEdit.replacingContent(of: element, with: content, in: $0) }
    }

    static let cases: [Case] = [
        // Decimals: digits and one point, 0 ... 999999999999.9999, four places.
        Case(description: "shares with four decimals", valid: true, edit: value("transactionShares", "12.3456")),
        Case(description: "shares with five decimals", valid: false, edit: value("transactionShares", "12.34567")),
        Case(description: "trailing zeros past four places (counted on the value)", valid: true,
             edit: value("transactionShares", "1.50000")),
        Case(description: "largest amount", valid: true, edit: value("transactionShares", "999999999999.9999")),
        Case(description: "amount over the maximum", valid: false, edit: value("transactionShares", "1000000000000")),
        Case(description: "negative amount", valid: false, edit: value("transactionShares", "-5")),
        Case(description: "amount in exponent form", valid: false, edit: value("transactionShares", "1e3")),
        Case(description: "dollar amount", valid: false, edit: value("transactionPricePerShare", "$10.25")),
        Case(description: "empty amount", valid: false, edit: value("transactionShares", "")),
        Case(description: "amount with spaces around", valid: true, edit: value("transactionShares", " 250 ")),
        // Dates.
        Case(description: "US date", valid: false, edit: value("transactionDate", "03/15/2024")),
        Case(description: "29 February in a leap year", valid: true, edit: value("transactionDate", "2024-02-29")),
        Case(description: "29 February otherwise", valid: false, edit: value("transactionDate", "2023-02-29")),
        Case(description: "empty signature date", valid: false, edit: content("signatureDate", "")),
        // Booleans: 1/0/true/false, never blank.
        Case(description: "boolean true", valid: true, edit: content("equitySwapInvolved", "true")),
        Case(description: "boolean yes", valid: false, edit: content("equitySwapInvolved", "yes")),
        Case(description: "empty boolean", valid: false, edit: content("isDirector", "")),
        // Choice lists.
        Case(description: "code V (derived)", valid: false, edit: content("transactionCode", "V")),
        Case(description: "lower-case code", valid: false, edit: content("transactionCode", "s")),
        Case(description: "form type 3 on a Form 4 transaction", valid: false, edit: content("transactionFormType", "3")),
        Case(description: "form type 5 on a Form 4", valid: true, edit: content("transactionFormType", "5")),
        Case(description: "acquired/disposed X", valid: false,
             edit: value("transactionAcquiredDisposedCode", "X")),
        Case(description: "ownership B", valid: false, edit: value("directOrIndirectOwnership", "B")),
        Case(description: "timeliness E", valid: true, edit: value("transactionTimeliness", "E")),
        Case(description: "timeliness X", valid: false, edit: value("transactionTimeliness", "X")),
        Case(description: "state blank", valid: true, edit: content("rptOwnerState", "")),
        Case(description: "state X1", valid: true, edit: content("rptOwnerState", "X1")),
        Case(description: "state ZZ", valid: false, edit: content("rptOwnerState", "ZZ")),
        Case(description: "state lower case", valid: false, edit: content("rptOwnerState", "or")),
        // Lengths and patterns.
        Case(description: "CIK of 11 digits", valid: false, edit: content("issuerCik", "00099900011")),
        Case(description: "CIK with a letter", valid: false, edit: content("issuerCik", "99900A1")),
        Case(description: "CIK without leading zeros", valid: true, edit: content("issuerCik", "9990001")),
        Case(description: "symbol of 11 characters", valid: false, edit: content("issuerTradingSymbol", "ABCDEFGHIJK")),
        Case(description: "empty symbol", valid: false, edit: content("issuerTradingSymbol", "")),
        Case(description: "officer title of 31 characters", valid: false,
             edit: content("officerTitle", String(repeating: "T", count: 31))),
        Case(description: "security title of 61 characters", valid: false,
             edit: value("securityTitle", String(repeating: "S", count: 61))),
        Case(description: "zip code with a comma", valid: false, edit: content("rptOwnerZipCode", "97,000")),
        Case(description: "zip code with dash and space", valid: true, edit: content("rptOwnerZipCode", "M5V 2T6-1")),
        Case(description: "schemaVersion of 4 characters", valid: false, edit: content("schemaVersion", "X050")),
        // Footnote ids: F1..F99, unique, every reference resolved.
        // libxml2 checks that IDs are unique but never that an IDREF resolves
        // (neither schema rejects a dangling reference under it): the business
        // rule on footnote references is what catches those.
        Case(description: "reference to a missing footnote (left to the business rules)", valid: true,
             edit: { $0.replacingOccurrences(of: "<footnoteId id=\"F2\"/>", with: "<footnoteId id=\"F7\"/>") }),
        Case(description: "duplicate footnote id", valid: false,
             edit: { $0.replacingOccurrences(of: "<footnote id=\"F2\">", with: "<footnote id=\"F1\">") }),
        Case(description: "footnote id F0", valid: false,
             edit: { $0.replacingOccurrences(of: "\"F2\"", with: "\"F0\"") }),
        Case(description: "footnote id F100", valid: false,
             edit: { $0.replacingOccurrences(of: "\"F2\"", with: "\"F100\"") }),
        Case(description: "footnote id F01", valid: false,
             edit: { $0.replacingOccurrences(of: "\"F2\"", with: "\"F01\"") }),
        Case(description: "footnote id F99", valid: true,
             edit: { $0.replacingOccurrences(of: "\"F2\"", with: "\"F99\"") }),
        Case(description: "price with neither value nor footnote", valid: false,
             edit: { XMLTextEdit.replacingContent(of: "transactionPricePerShare", with: "", in: $0) }),
        Case(description: "footnote on the derivative A/D code", valid: false, edit: { text in
            guard let table = text.range(of: "<derivativeTable>") else { return nil }
            var copy = text
            guard let code = copy.range(of: "<transactionAcquiredDisposedCode><value>D</value>",
                                        range: table.upperBound..<copy.endIndex) else { return nil }
            copy.insert(contentsOf: "<footnoteId id=\"F1\"/>", at: code.upperBound)
            return copy
        }),
        // X0407+ and X0609 additions.
        Case(description: "aff10b5One true", valid: true, comparableWithX0306: false,
             edit: content("aff10b5One", "true")),
        Case(description: "aff10b5One before the reporting owner", valid: false, comparableWithX0306: false, edit: { text in
            guard let moved = XMLTextEdit.removing("aff10b5One", in: text) else { return nil }
            return XMLTextEdit.inserting("<aff10b5One>1</aff10b5One>", after: "issuer", in: moved)
        }),
        Case(description: "empty issuerForeignTradingSymbol", valid: true, comparableWithX0306: false,
             edit: { XMLTextEdit.inserting("<issuerForeignTradingSymbol></issuerForeignTradingSymbol>",
                                           after: "issuerTradingSymbol", in: $0) }),
        Case(description: "issuerForeignTradingSymbol before the symbol", valid: false, comparableWithX0306: false,
             edit: { XMLTextEdit.inserting("<issuerForeignTradingSymbol>MLW</issuerForeignTradingSymbol>",
                                           after: "issuerName", in: $0) }),
    ]

    @Test(arguments: SchemaFacetTests.cases)
    func verdict(of facet: Case) throws {
        let sample = SchemaSamples.document(for: .form4)
        let text = try #require(facet.edit(sample), "the edit found nothing to change")
        #expect(text != sample)
        let errors = try SchemaTesting.errors(text, against: try SchemaSet.embedded.schema(for: .form4))
        #expect(errors.isEmpty == facet.valid,
                "expected \(facet.valid ? "valid" : "invalid"): \(errors.first.map(String.init(describing:)) ?? "no error")")
        // The official X0306 schema knows neither aff10b5One nor the foreign
        // symbol; without them, it must agree.
        if facet.comparableWithX0306, let official = SchemaTesting.officialForm4 {
            let x0306 = try #require(XMLTextEdit.removing("aff10b5One", in: text))
            let ours = try SchemaTesting.errors(x0306, against: try SchemaSet.embedded.schema(for: .form4)).isEmpty
            let theirs = try SchemaTesting.errors(x0306, against: official).isEmpty
            #expect(ours == theirs, "official X0306 says \(theirs ? "valid" : "invalid")")
        }
    }
}
