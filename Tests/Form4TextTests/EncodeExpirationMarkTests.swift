import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// lynx prints an empty cell as nothing: an expiration date given by its
/// footnote alone ("03/01/2022 ^(5) Common Stock") puts its mark right after
/// the exercisable date. A filing never leaves the expiration date with
/// neither a date nor a footnote, so the mark is the expiration date's, and
/// the reading is reported there.
@Suite struct EncodeExpirationMarkTests {
    @Test func aMarkAfterTheOnlyDateIsTheExpirationDates() throws {
        let result = try EncodeWrappedRowTests.encode("M 2,500 ^(5) 03/01/2031 Common Stock", "M 2,500 03/01/2022 ^(5) Common Stock")
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.exerciseDate?.value?.isoDate == "2022-03-01")
        #expect(row.exerciseDate?.footnoteId == [])
        #expect(row.expirationDate?.value == nil)
        #expect(row.expirationDate?.footnoteId == ["F5"])
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && ($0.path ?? "").hasSuffix("derivativeTransaction[1]/expirationDate") })
    }

    @Test func aMarkBeforeTheExpirationDateStaysTheExercisableDates() throws {
        let result = try EncodeWrappedRowTests.encode("M 2,500 ^(5) 03/01/2031 Common Stock", "M 2,500 03/01/2022 ^(5) 03/01/2031 Common Stock")
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.exerciseDate?.footnoteId == ["F5"])
        #expect(row.expirationDate?.value?.isoDate == "2031-03-01")
        #expect(row.expirationDate?.footnoteId == [])
    }
}
