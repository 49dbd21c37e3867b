import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// Units settled in Class B stock that is itself a derivative: the form has
/// a row for the units disposed of and one for the Class B received, both
/// code M. Where no (A)/(D) column can be seen (lynx), the code alone would
/// say D for both; the second row is what the first handed out.
@Suite struct EncodeConversionChainTests {
    static let optionRow = "   Stock Option (Right to Buy) $12.40 02/14/2024 M 2,500 ^(5) 03/01/2031 Common Stock 2,500 $0 7,500 D\n"

    static func codes(_ rows: String) throws -> (codes: [String?], result: EncodeResult) {
        let result = try EncodeWrappedRowTests.encode(optionRow, rows)
        let codes = (result.document.derivativeTable?.derivativeTransaction ?? []).map { $0.transactionAmounts?.transactionAcquiredDisposedCode?.value }
        return (codes, result)
    }

    @Test func theDerivativeAnExerciseHandsOutIsAcquired() throws {
        let (codes, result) = try Self.codes("   Restricted Stock Units $0 02/14/2024 M 2,500 ^(5) ^(5) Class B Common Stock 2,500 $0 0 D\n"
                                             + "   Class B Common Stock $0 02/14/2024 M 2,500 ^(5) ^(5) Common Stock 2,500 $0 2,500 D\n")
        #expect(codes == ["D", "A"])
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-DERIVATIVE-AD" && $0.message.contains("'A' taken")
                && ($0.path ?? "").hasSuffix("derivativeTransaction[2]/transactionAmounts/transactionAcquiredDisposedCode")
        })
    }

    @Test func anotherAmountIsNoConversionOfTheRowAbove() throws {
        let (codes, _) = try Self.codes("   Restricted Stock Units $0 02/14/2024 M 2,500 ^(5) ^(5) Class B Common Stock 2,500 $0 0 D\n"
                                        + "   Class B Common Stock $0 02/14/2024 M 1,000 ^(5) ^(5) Common Stock 1,000 $0 1,500 D\n")
        #expect(codes == ["D", "D"])
    }

    /// Two series converted on one day into one class: the class's row is what
    /// the two rows right above it handed out together (their underlying amounts
    /// add up to its amount, exactly).
    @Test func theClassTwoSeriesConvertIntoIsAcquired() throws {
        let (codes, result) = try Self.codes("   Series A Preferred Stock $0 02/14/2024 C 4,000 ^(5) ^(5) Class B Common Stock 1,000 $0 0 D\n"
                                             + "   Series D Preferred Stock $0 02/14/2024 C 600 ^(5) ^(5) Class B Common Stock 150 $0 0 D\n"
                                             + "   Class B Common Stock $0 02/14/2024 C 1,150 ^(5) ^(5) Common Stock 1,150 $0 1,150 D\n")
        #expect(codes == ["D", "D", "A"])
        #expect(result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" && $0.message.contains("rows 1, 2") && $0.message.contains("together") })
        // One unit off, and nothing is changed.
        let (off, _) = try Self.codes("   Series A Preferred Stock $0 02/14/2024 C 4,000 ^(5) ^(5) Class B Common Stock 1,000 $0 0 D\n"
                                      + "   Series D Preferred Stock $0 02/14/2024 C 600 ^(5) ^(5) Class B Common Stock 150 $0 0 D\n"
                                      + "   Class B Common Stock $0 02/14/2024 C 1,151 ^(5) ^(5) Common Stock 1,151 $0 1,151 D\n")
        #expect(off == ["D", "D", "D"])
    }
}
