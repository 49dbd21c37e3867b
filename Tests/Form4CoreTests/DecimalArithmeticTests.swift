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
        // Whole numbers of up to 18 digits take the integer path; one more digit does not.
        ("007", "7", "14", "0"),
        ("999999999999999999", "999999999999999999", "1999999999999999998", "0"),
        ("1", "999999999999999999", "1000000000000000000", "-999999999999999998"),
        ("000000000000000001", "2", "3", "-1"),
        ("1000000000000000000", "1", "1000000000000000001", "999999999999999999"),
    ]

    /// The integer path for whole numbers gives what the digit-string path
    /// gives for the same values written with a fraction (`x.0`), which the
    /// integer path never takes.
    @Test func wholeNumbersAgreeWithDigitStrings() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let digits = [1, 2, 6, 12, 17, 18][Int.random(in: 0..<6, using: &generator)]
            let limit = pow10(digits) - 1
            let x = Int.random(in: 0...limit, using: &generator), y = Int.random(in: 0...limit, using: &generator)
            let a = try #require(DecimalText("\(x)")), b = try #require(DecimalText("\(y)"))
            let a1 = try #require(DecimalText("\(x).0")), b1 = try #require(DecimalText("\(y).0"))
            #expect(DecimalArithmetic.add(a, b).text == DecimalArithmetic.add(a1, b1).text)
            #expect(DecimalArithmetic.subtract(a, b).text == DecimalArithmetic.subtract(a1, b1).text)
        }
    }

    private func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { acc, _ in acc * 10 } }

    @Test(arguments: cases) func sumAndDifference(_ c: (String, String, sum: String, difference: String)) throws {
        let a = try #require(DecimalText(c.0)), b = try #require(DecimalText(c.1))
        #expect(DecimalArithmetic.add(a, b).text == c.sum)
        #expect(DecimalArithmetic.subtract(a, b).text == c.difference)
    }
}
