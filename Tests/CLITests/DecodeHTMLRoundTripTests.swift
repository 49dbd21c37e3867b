import Foundation
import Testing
import TestSupport

/// The round trip through a real renderer (scripts/roundtrip-html): decode to HTML,
/// print with wkhtmltopdf, extract with pdftotext -layout, encode with the CIKs given,
/// compare every field with the original. Runs when those tools and ../shared are there.
@Suite struct DecodeHTMLRoundTripTests {
    static func tool(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    static var available: Bool {
        SharedCorpus.available && tool("wkhtmltopdf") && tool("pdftotext") && tool("python3")
    }

    /// Files taken, as an even spread over the corpus (scripts/roundtrip-html N).
    static let files = 80

    @Test(.enabled(if: available, "needs ../shared, wkhtmltopdf, pdftotext and python3"))
    func htmlPrintedAndExtractedEncodesBack() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", Paths.packageRoot.appendingPathComponent("scripts/roundtrip-html").path, "\(Self.files)"]
        var environment = ProcessInfo.processInfo.environment
        environment["BIN"] = Paths.executable.path
        environment["SHARED"] = Paths.shared!.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // "  fields right: 7271 of 7271 (100.00%)" and "  documents: 80, identical fields: 80 (100.0%)"
        func numbers(after label: String) -> [Int] {
            guard let line = output.split(separator: "\n").first(where: { $0.contains(label) }) else { return [] }
            return line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        }
        let fields = numbers(after: "fields right:")
        let documents = numbers(after: "documents:")
        try #require(fields.count >= 2 && documents.count >= 2, "unexpected output:\n\(output)")
        #expect(documents[0] == Self.files)
        // Every field of every file comes back: on all 500 corpus files only one does not
        // (a title whose text ends in "(2)", printed like a footnote reference; docs/TEXT-FORMAT.md).
        #expect(fields[1] > 0)
        #expect(fields[0] == fields[1], "\(output)")
        #expect(documents[1] == documents[0], "\(output)")
        #expect(process.terminationStatus == 0, "\(output)")
    }
}
