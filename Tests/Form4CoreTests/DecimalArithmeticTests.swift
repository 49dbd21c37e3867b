import Testing
@testable import Form4Core

/// Exact sums and differences, written canonically (no sign for zero, no
/// leading or trailing zeros).
@Suite struct DecimalArithmeticTests {
    static let cases: [(String, String, sum: String, difference: String)] = [
        ("1.5", "2.75", "4.25", "-1.25"),
        ("10", "0.01", "10.01", "9.99"),
        ("1.5", "1.50", "3", "0"),
        ("-1.25", "1", "-0.25", "-2.25"),
        ("0", "5", "5", "-5"),
        ("999.9", "0.1", "1000", "999.8"),
        ("+007.000", "-7", "0", "14"),
        ("123456789012345678901.5", "0.5", "123456789012345678902", "123456789012345678901"),
    ]

    @Test(arguments: cases) func sumAndDifference(_ c: (String, String, sum: String, difference: String)) throws {
        let a = try #require(DecimalText(c.0)), b = try #require(DecimalText(c.1))
        #expect(DecimalArithmetic.add(a, b).text == c.sum)
        #expect(DecimalArithmetic.subtract(a, b).text == c.difference)
    }
}
