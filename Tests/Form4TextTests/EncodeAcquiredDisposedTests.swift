import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// lynx prints Table II's cells one space apart, so the (A) and (D) columns of
/// the amount cannot be seen. An acquisition leaves at least its amount owned:
/// fewer owned after the row than its amount is a disposal, whatever the code.
@Suite struct EncodeAcquiredDisposedTests {
    static func encode(code: String, owned: String) throws -> EncodeResult {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.lynx.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let row = "02/14/2024 M 2,500 ^(5) 03/01/2031 Common Stock 2,500 $0 7,500 D"
        try #require(text.contains(row))
        let edited = text.replacingOccurrences(of: row, with: "02/14/2024 \(code) 2,500 ^(5) 03/01/2031 Common Stock 2,500 $0 \(owned) D")
        return try FormEncoder.encode(InputFile(name: "lynx", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
    }

    @Test func fewerOwnedAfterThanTheAmountIsADisposal() throws {
        let result = try Self.encode(code: "J", owned: "1,500")
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" && $0.message.contains("less than its amount 2,500") })
    }

    /// As many or more owned after tells nothing; a code that does not tell (J) leaves it missing, reported.
    @Test func moreOwnedAfterTellsNothing() throws {
        let result = try Self.encode(code: "J", owned: "7,500")
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.transactionAmounts?.transactionAcquiredDisposedCode == nil)
        #expect(result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" && $0.message.contains("does not tell") })
    }
}
