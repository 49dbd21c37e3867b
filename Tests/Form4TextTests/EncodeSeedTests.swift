import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// The Form 4 that started the project (../shared/seed): a PDF-to-markdown
/// text whose header is scrambled and whose tables and footnotes are clean.
@Suite struct EncodeSeedTests {
    static var seed: URL? { Paths.shared?.appendingPathComponent("seed/form4-seed.txt") }

    @Test(.enabled(if: SharedCorpus.available)) func tenSalesExactToTheDigit() throws {
        let input = try InputFile.read(try #require(Self.seed).path)
        let options = EncodeOptions(
            issuerCik: "0001107843", ownerCiks: ["0001234567"],
            overrides: ["rptOwnerName=Courtot Family Trust", "rptOwnerState=CA", "issuerTradingSymbol=QLYS",
                        "signatureName=/s/ Courtot Family Trust", "signatureDate=2021-11-08"].compactMap(ElementOverride.init(argument:)))
        let r = try FormEncoder.encode(input, options: options)
        let rows = try #require(r.document.nonDerivativeTable?.nonDerivativeTransaction)
        let shares = ["37400", "3790", "6810", "1300", "400", "15934", "12273", "10927", "5787", "100"]
        let prices = ["130.6886", "131.866", "132.9166", "133.917", "135.2563", "135.3707", "136.1493", "137.2922", "138.2107", "138.89"]
        let owned = ["3907660", "3903870", "3897060", "3895760", "3895360", "3879426", "3867153", "3856226", "3850439", "3850339"]
        #expect(rows.count == 10)
        for (k, row) in rows.enumerated() {
            #expect(row.transactionDate?.value?.text == "2021-11-04")
            #expect(row.transactionCoding?.transactionCode == "S")
            #expect(row.transactionAmounts?.transactionShares?.value?.text == shares[k])
            #expect(row.transactionAmounts?.transactionPricePerShare?.value?.text == prices[k])
            #expect(row.transactionAmounts?.transactionPricePerShare?.footnoteId == (k < 9 ? ["F\(k + 1)"] : []))
            #expect(row.transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
            #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == owned[k])
            #expect(row.ownershipNature?.directOrIndirectOwnership?.value == "D")
        }
        #expect(r.document.footnotes.map(\.id) == (1...9).map { "F\($0)" })
        #expect(r.document.footnotes[4].text.hasPrefix("The sale price represents the weighted average price of the shares sold ranging from $134.9752 to $135.35 per share."))
        #expect(r.document.periodOfReport?.text == "2021-11-04")
        // The rows chain exactly and every price lies in its footnote's range: no such warnings.
        #expect(!r.diagnostics.contains { $0.rule == "ENC-CHAIN" || $0.rule == "ENC-PRICE-RANGE" })
        // Its empty Table II has only its (damaged) column heads: nothing was left out.
        #expect(!r.diagnostics.contains { $0.rule == "ENC-ROW-TEXT" })
        // What the scrambled header does not hold is reported, not invented.
        #expect(r.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.message.contains("relationship") })
        // The project's schema accepts it.
        #expect(!Validator().check(r.document).contains { $0.rule == "XSD" })
    }
}
