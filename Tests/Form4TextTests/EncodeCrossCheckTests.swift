import Form4Core
import Testing
@testable import Form4Text

/// The cross-checks that catch misreadings, each on a small hand-made form.
@Suite struct EncodeCrossCheckTests {
    static func form(rows: [String], notes: [String]) -> String {
        var lines = [
            "FORM 4",
            "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
            "1. Name and Address of Reporting Person*",
            "PELLWORTH ODA",
            "(Last) (First) (Middle)",
            "2. Issuer Name and Ticker or Trading Symbol",
            "Brackenridge Tools Corp. [ BKTL ]",
            "3. Date of Earliest Transaction (Month/Day/Year)",
            "06/03/2024",
            "5. Relationship of Reporting Person(s) to Issuer",
            "X Director",
            "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
            "1. Title of Security (Instr. 3)  2. Transaction Date  3. Transaction Code (Instr. 8)  4. Amount  (A) or (D)  Price  5. Amount Owned  6. Ownership Form",
        ]
        lines += rows
        lines.append("Explanation of Responses:")
        lines += notes
        lines += ["/s/ Oda Pellworth  06/05/2024", "** Signature of Reporting Person  Date"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func encode(_ text: String) throws -> EncodeResult {
        try FormEncoder.encode(InputFile(name: "t.txt", bytes: Array(text.utf8)))
    }

    @Test func holdingsChainMismatchIsReportedOnItsLine() throws {
        let text = Self.form(rows: [
            "Common Stock  06/03/2024  S  1,000  D  $10.00  9,000  D",
            "Common Stock  06/03/2024  S  500  D  $10.10  8,600  D",
        ], notes: [])
        let r = try Self.encode(text)
        let chain = r.diagnostics.filter { $0.rule == "ENC-CHAIN" }
        #expect(chain.count == 1)
        #expect(chain.first?.location?.line == 15)
        // A chain that holds says nothing.
        let ok = try Self.encode(text.replacingOccurrences(of: "8,600", with: "8,500"))
        #expect(!ok.diagnostics.contains { $0.rule == "ENC-CHAIN" })
    }

    @Test func weightedAveragePriceOutsideItsRange() throws {
        let r = try Self.encode(Self.form(rows: ["Common Stock  06/03/2024  S  1,000  D  $12.95(1)  9,000  D"],
                                          notes: ["1. Weighted average; prices ranged from $10.02 to $10.55, inclusive."]))
        #expect(r.diagnostics.contains { $0.rule == "ENC-PRICE-RANGE" && $0.location?.line == 14 })
        let inside = try Self.encode(Self.form(rows: ["Common Stock  06/03/2024  S  1,000  D  $10.30(1)  9,000  D"],
                                               notes: ["1. Weighted average; prices ranged from $10.02 to $10.55, inclusive."]))
        #expect(!inside.diagnostics.contains { $0.rule == "ENC-PRICE-RANGE" })
    }

    @Test func codeAgainstAcquiredDisposedAndEarliestDate() throws {
        let r = try Self.encode(Self.form(rows: ["Common Stock  06/04/2024  P  1,000  D  $10.00  9,000  D"], notes: []))
        #expect(r.diagnostics.contains { $0.rule == "ENC-CODE-AD" })
        #expect(r.diagnostics.contains { $0.rule == "ENC-EARLIEST-DATE" })
    }

    @Test func footnotesMissingOrUnreferenced() throws {
        let r = try Self.encode(Self.form(rows: ["Common Stock  06/03/2024  S(2)  1,000  D  $10.00  9,000  D"],
                                          notes: ["1. A note nobody cites."]))
        #expect(r.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-MISSING" })
        #expect(r.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-UNREFERENCED" })
    }

    /// Natures citing (2), (5), (4) with footnote 3 cited nowhere: the middle
    /// row's mark breaks the run its neighbours make and is reported, kept as
    /// read. The same rows citing (3), or (5) with footnote 3 cited elsewhere, say nothing.
    @Test func aMarkThatBreaksARunOfFootnotesIsReported() throws {
        func text(_ middle: String, price: String = "$10.00(1)") -> String {
            Self.form(rows: [
                "Common Stock  06/03/2024  S  1,000  D  $10.00(1)  9,000  I  By Alder Trust(2)",
                "Common Stock  06/03/2024  S  1,000  D  \(price)  8,000  I  By Birch Trust(\(middle))",
                "Common Stock  06/03/2024  S  1,000  D  $10.00(1)  7,000  I  By Cedar Trust(4)",
            ], notes: ["1. The price is the sale price.", "2. Held by the Alder Trust.", "3. Held by the Birch Trust.",
                       "4. Held by the Cedar Trust.", "5. Held by the Dogwood Trust."])
        }
        let r = try Self.encode(text("5"))
        let misread = r.diagnostics.filter { $0.rule == "ENC-FOOTNOTE-MISREAD" }
        #expect(misread.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/ownershipNature/natureOfOwnership"])
        #expect(misread.first?.location?.line == 15)
        #expect(misread.first?.message.contains("may be a misread (3)") == true)
        let row = try #require(r.document.nonDerivativeTable?.nonDerivativeTransaction[1])
        #expect(row.ownershipNature?.natureOfOwnership?.footnoteId == ["F5"])
        for quiet in [text("3"), text("5", price: "$10.00(3)")] {
            #expect(!(try Self.encode(quiet)).diagnostics.contains { $0.rule == "ENC-FOOTNOTE-MISREAD" })
        }
    }

    /// The run check reads the number a mark shows, "(0)" included (OCR's
    /// reading of "(10)"), and nothing but F and digits.
    @Test func aMarksNumberIsItsDigits() {
        #expect(CrossChecks.markNumber("F11") == 11 && CrossChecks.markNumber("F0") == 0 && CrossChecks.markNumber("F100") == 100)
        #expect(["F", "F+1", "F1a", "G1", "", "F1000"].allSatisfy { CrossChecks.markNumber($0) == nil })
    }

    @Test func notAFormIsRefused() {
        for text in ["", "   \n\n", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)\nForm 10-K\nItem 1. Business\nTable of Contents\n"] {
            #expect(throws: EncodeFailure.self) { try Self.encode(text) }
        }
        #expect(throws: EncodeFailure.self) {
            try FormEncoder.encode(InputFile(name: "b.bin", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3]))
        }
    }

    /// A NUL among the first 8192 bytes is a binary input, wherever it stands
    /// in them (non-ASCII text around it or not); one after them is not looked for.
    @Test func binaryInputIsANulInTheFirst8KiB() {
        func message(_ bytes: [UInt8]) -> String? {
            do {
                _ = try FormEncoder.encode(InputFile(name: "b.txt", bytes: bytes))
                return nil
            } catch {
                return error.diagnostics.first?.message
            }
        }
        let text = Array(Self.form(rows: ["Common Stock  06/03/2024  S  1,000  D  $10.00  9,000  D"], notes: []).utf8)
        let padding = Array(String(repeating: "é ", count: 4096).utf8) + Array(repeating: 0x20, count: 8192)
        for at in [0, 1, 7, 8, 31, 4095, 8183, 8191] {
            var bytes = text + padding
            bytes[at] = 0
            #expect(message(bytes) == "the input is binary, not text", "NUL at \(at)")
        }
        #expect(message([0]) == "the input is binary, not text")
        #expect(message([0x41, 0]) == "the input is binary, not text")
        var late = text + padding
        late[8192] = 0
        #expect(message(late) != "the input is binary, not text")
        #expect(message([]) == "the input is empty")
    }

    @Test func jsonInputIsTheProjectsJSON() throws {
        let r = try Self.encode(Self.form(rows: ["Common Stock  06/03/2024  S  1,000  D  $10.00  9,000  D"], notes: []))
        let json = try JSONEncoderForTests.encode(r.document)
        let back = try FormEncoder.encode(InputFile(name: "d.json", bytes: json))
        #expect(back.document == r.document)
        #expect(back.inputStyle == "json")
    }
}

import Foundation
enum JSONEncoderForTests {
    static func encode(_ d: OwnershipDocument) throws -> [UInt8] { Array(try JSONEncoder().encode(d)) }
}
