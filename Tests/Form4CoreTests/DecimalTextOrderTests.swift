import Testing
@testable import Form4Core

/// `<`, `hasSameValue` and `isNegative` read the bytes in place; they must agree with
/// the canonical spelling compared digit by digit (``DecimalArithmetic/compare(_:_:)``).
@Suite struct DecimalTextOrderTests {
    static let spellings = [
        "0", "-0", "+0", "0.0", "-0.00", ".0", "0.", "-.0", "00", "000.000",
        "1", "01", "1.0", "1.00", "+1", "-1", "-1.0", "-01.000",
        "1.5", "1.50", "1.05", "1.005", ".5", "-.5", "0.5", "-0.50",
        "9", "10", "9.99", "10.00", "99.999", "100", "-100", "-99.999",
        "12345.6789", "12345.67891", "12345.6788", "-12345.6789", "123456", "23456.9",
        "0.0001", "0.001", "-0.0001", "1000000000000000000000.1", "999999999999999999999.9",
    ]

    @Test func orderAndEqualityAgreeWithTheCanonicalComparison() throws {
        let numbers = try Self.spellings.map { try #require(DecimalText($0)) }
        for a in numbers {
            #expect(a.isNegative == (a.text.hasPrefix("-") && a.canonical != "0"), "\(a.text)")
            for b in numbers {
                let expected = DecimalArithmetic.compare(a.canonical, b.canonical)
                #expect((a < b) == (expected < 0), "\(a.text) < \(b.text)")
                #expect(a.hasSameValue(as: b) == (a.canonical == b.canonical), "\(a.text) = \(b.text)")
            }
        }
    }

    @Test func examples() throws {
        let d = { (s: String) throws -> DecimalText in try #require(DecimalText(s)) }
        #expect(try d("1.5") < d("1.50001"))
        #expect(try !(d("1.50") < d("1.5")))
        #expect(try d("-2") < d("-1.99"))
        #expect(try d("-0.00").hasSameValue(as: d("0")))
        #expect(try !d("-0.00").isNegative)
        #expect(try d("-0.01").isNegative)
        #expect(try d("9.9") < d("10"))
    }
}
