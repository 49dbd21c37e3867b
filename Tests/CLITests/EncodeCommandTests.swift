import Foundation
import Testing
import TestSupport

/// `form4xml encode` run as a user runs it: outputs, exit statuses, bad inputs.
@Suite struct EncodeCommandTests {
    static let fixtures = Paths.fixtures.appendingPathComponent("encode")
    static let ciks = ["--issuer-cik", "0009990001", "--owner-cik", "0009990002"]

    static func fixture(_ style: String) -> String {
        fixtures.appendingPathComponent("lanternfly-form4.\(style).txt").path
    }

    @Test func completeAndValidExitsZeroWithTheExpectedXML() throws {
        let r = try CLI.run(["encode", Self.fixture("layout")] + Self.ciks)
        #expect(r.status == 0, "\(r.stderr)")
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("lanternfly-form4.expected.xml"), encoding: .utf8)
        #expect(r.stdout == expected)
    }

    @Test func missingCIKsAreReportedAndExitOne() throws {
        let r = try CLI.run(["encode", Self.fixture("markdown")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error:"))
        #expect(!r.stdout.isEmpty)
    }

    @Test func diagnosticsNameFileLineAndColumn() throws {
        let r = try CLI.run(["encode", Self.fixture("ocr")] + Self.ciks)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("lanternfly-form4.ocr.txt:31:101: warning: [ENC-DOUBT]"))
    }

    @Test func standardInputAndOutputFile() throws {
        let tmp = try TemporaryDirectory()
        let out = tmp.url.appendingPathComponent("out.xml").path
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.fixture("lynx"))))
        let r = try CLI.run(["encode", "-", "-o", out] + Self.ciks, stdin: bytes)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<value>31.2875</value>"))
    }

    @Test func severalInputsWithOutputDirectoryAndReport() throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.url.appendingPathComponent("out").path
        let report = tmp.url.appendingPathComponent("report.json").path
        let styles = ["layout", "w3m", "markdown", "lynx", "tabs"]
        let r = try CLI.run(["encode", "--output-dir", dir, "--report", report] + styles.map(Self.fixture) + Self.ciks)
        #expect(r.status == 0, "\(r.stderr)")
        for s in styles {
            let xml = try String(contentsOfFile: "\(dir)/lanternfly-form4.\(s).xml", encoding: .utf8)
            #expect(xml.contains("<rptOwnerName>QUILLANE MARGOT</rptOwnerName>"))
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [[String: Any]]
        let first = try #require(json?.first)
        let fields = try #require(first["fields"] as? [[String: Any]])
        let price = fields.first { ($0["path"] as? String) == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionPricePerShare/value" }
        #expect(price?["value"] as? String == "31.2875")
        #expect((price?["line"] as? Int ?? 0) > 0)
    }

    /// An input named like its output in the output directory (spelled another way, among
    /// other inputs) is not overwritten; the other inputs are still written.
    @Test func outputDirectoryNeverOverwritesAnInput() throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.url.path
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("layout")))
        try original.write(to: tmp.url.appendingPathComponent("filing.xml"))
        let r = try CLI.run(["encode", "--output-dir", dir, Self.fixture("w3m"), "\(dir)/./filing.xml"] + Self.ciks)
        #expect(r.status == 2)
        #expect(r.stderr.contains("filing.xml: error: [IO]"), "\(r.stderr)")
        #expect(try Data(contentsOf: tmp.url.appendingPathComponent("filing.xml")) == original)
        #expect(FileManager.default.fileExists(atPath: "\(dir)/lanternfly-form4.w3m.xml"))
    }

    @Test func submissionFormAndJSONFormat() throws {
        let sub = try CLI.run(["encode", Self.fixture("layout"), "--for-submission", "--owner-ccc", "x1y2z3#a"] + Self.ciks)
        #expect(!sub.stdout.contains("<schemaVersion>"))
        #expect(!sub.stdout.contains("<rptOwnerName>"))
        #expect(sub.stdout.contains("<rptOwnerCcc>x1y2z3#a</rptOwnerCcc>"))
        let json = try CLI.run(["encode", Self.fixture("layout"), "--format", "json"] + Self.ciks)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"transactionShares\""))
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(["encode", Self.fixture("layout"), Self.fixture("w3m")]).status == 64)
        #expect(try CLI.run(["encode", Self.fixture("layout"), "--set", "bogus=1"]).status == 64)
        #expect(try CLI.run(["encode", Self.fixture("layout"), "--schema-version", "X9999"]).status == 64)
    }

    @Test func badInputsAreRefusedClearlyAndFast() throws {
        let tmp = try TemporaryDirectory()
        let layout = try String(contentsOfFile: Self.fixture("layout"), encoding: .utf8)
        let half = String(layout.prefix(layout.count / 3))
        var big = "Lorem ipsum dolor sit amet, 1,234 $5.00 01/02/2020 consectetur adipiscing.\n"
        while big.utf8.count < 50 << 20 { big += big }
        let cases: [(String, [UInt8], Int32)] = [
            ("empty.txt", [], 2),
            ("binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array(repeating: 0, count: 100), 2),
            ("tenk.txt", Array("UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 10-K\nANNUAL REPORT PURSUANT TO SECTION 13\nItem 7. Management's Discussion\nTable of Contents\n".utf8), 2),
            ("big.txt", Array(big.utf8), 2),
        ]
        for (name, bytes, status) in cases {
            let file = try tmp.file(name, bytes: bytes)
            let start = Date()
            let r = try CLI.run(["encode", file.path] + Self.ciks, timeout: 60)
            #expect(r.status == status, "\(name): \(r.stderr)")
            #expect(r.stderr.contains("error:"), "\(name)")
            #expect(r.stdout.isEmpty, "\(name)")
            #expect(Date().timeIntervalSince(start) < 20, "\(name) too slow")
        }
        // Cut in half: what is there is written, what is missing is named, exit 1.
        let cut = try tmp.file("half.txt", contents: half)
        let r = try CLI.run(["encode", cut.path] + Self.ciks)
        #expect(r.status == 1 || r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("error:"))
        let missing = try CLI.run(["encode", tmp.url.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 2)
    }
}
