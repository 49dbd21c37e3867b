import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// A long signature ("Acme LP By: Acme GP LLC, its general partner, By: /s/ …")
/// wraps over two lines: pdftotext -layout prints the date beside the first,
/// pymupdf4llm and pdftotext without -layout on a line of its own below the
/// name. The fixtures are a made-up filing with two signatures, so printed.
@Suite struct EncodeWrappedSignatureTests {
    static let options = EncodeOptions(issuerCik: "0009990001", ownerCiks: ["0009990002", "0009990003"])
    static let long = "Lanternfly Holdings LP By: Lanternfly Holdings GP LLC, its general partner, By: Quillane Capital Partners LLC, its manager, By: /s/ Devin Ashgrove, Managing Member"

    static func signatures(_ text: String) throws -> [OwnerSignature] {
        try FormEncoder.encode(InputFile(name: "sigs", bytes: Array(text.utf8)), options: options).document.ownerSignature
    }

    @Test(arguments: ["pymupdf4llm", "pdftotext-layout", "pdftotext-raw"])
    func aWrappedSignatureIsOneSignatureWithItsDate(_ style: String) throws {
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-sigs.\(style).txt"), encoding: .utf8)
        let sigs = try Self.signatures(text)
        try #require(sigs.count == 2, "\(style): \(sigs.map(\.signatureName))")
        #expect(sigs[0].signatureName == "/s/ Devin Ashgrove, Attorney-in-Fact for Margot Quillane")
        #expect(sigs[1].signatureName == Self.long)
        #expect(sigs.allSatisfy { $0.signatureDate?.text == "2024-02-16" })
    }

    /// A browser dump wraps a long signature at the page's width with the date
    /// at the end of its second line (lynx: "/s/ ... By: Quillane Capital" over
    /// "Partners LLC, its manager 02/16/2024"): one signature with that date, reported.
    @Test func aSignatureWrappedWithItsDateOnTheSecondLineIsOneSignature() throws {
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-sigs.pdftotext-layout.txt"), encoding: .utf8)
        let printed = "Lanternfly Holdings LP By: Lanternfly Holdings GP LLC, its general partner, By: Quillane Capital Partners LLC, its manager, By: /s/ Devin"
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).first { $0.hasPrefix(printed) })
        let wrapped = text.replacingOccurrences(of: String(line) + "\nAshgrove, Managing Member\n",
                                                with: "/s/ Devin Ashgrove, Managing Member, for Lanternfly Holdings LP By: Quillane Capital\nPartners LLC, its manager 02/16/2024\n")
        try #require(wrapped != text)
        let result = try FormEncoder.encode(InputFile(name: "sigs", bytes: Array(wrapped.utf8)), options: Self.options)
        let sigs = result.document.ownerSignature
        try #require(sigs.count == 2, "\(sigs.map(\.signatureName))")
        #expect(sigs[1].signatureName == "/s/ Devin Ashgrove, Managing Member, for Lanternfly Holdings LP By: Quillane Capital Partners LLC, its manager")
        #expect(sigs.allSatisfy { $0.signatureDate?.text == "2024-02-16" })
        #expect(result.diagnostics.contains { $0.rule == "ENC-HEADER" && $0.message.contains("signature read over two lines") })
    }

    /// pdftotext without -layout prints the owners table's heads and marks among
    /// the signatures ("X", "Officer", "Other"): they are passed over.
    @Test func theOwnersTablesStrayCellsAmongTheSignaturesArePassedOver() throws {
        let first = "/s/ Devin Ashgrove, Attorney-in-Fact for Margot Quillane\n\n02/16/2024\n\n"
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-sigs.pdftotext-raw.txt"), encoding: .utf8)
        try #require(text.contains(first))
        let edited = text.replacingOccurrences(of: first, with: "/s/ Devin Ashgrove, Attorney-in-Fact for Margot Quillane\n\nX\n\n02/16/2024\n\nOfficer\n\nOther\n\n")
        let sigs = try Self.signatures(edited)
        #expect(sigs.map(\.signatureName) == ["/s/ Devin Ashgrove, Attorney-in-Fact for Margot Quillane", Self.long])
        #expect(sigs.allSatisfy { $0.signatureDate?.text == "2024-02-16" })
    }

    /// pdftotext without -layout, a signature with no "/s/": the one line above its
    /// lone date is taken, and the reading is reported.
    @Test func aSignatureWithoutSlashSIsTheLineAboveItsDateAndReported() throws {
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-sigs.pdftotext-raw.txt"), encoding: .utf8)
            .replacingOccurrences(of: "/s/ Devin Ashgrove, Attorney-in-Fact for Margot Quillane", with: "Devin Ashgrove by Power of Attorney")
        let result = try FormEncoder.encode(InputFile(name: "sigs", bytes: Array(text.utf8)), options: Self.options)
        let sigs = result.document.ownerSignature
        try #require(sigs.count == 2)
        #expect(sigs[0].signatureName == "Devin Ashgrove by Power of Attorney" && sigs[0].signatureDate?.text == "2024-02-16")
        #expect(result.diagnostics.contains { $0.rule == "ENC-HEADER" && $0.message.contains("Devin Ashgrove by Power of Attorney") })
        // The remarks above keep their own text.
        #expect(result.document.remarks?.contains("Devin") != true)
    }
}
