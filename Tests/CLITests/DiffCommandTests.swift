import Foundation
import Testing
import TestSupport

/// `form4xml diff` end to end: exit statuses, the golden report of the
/// fixture and its amendment, JSON, options, and inputs it must refuse.
@Suite struct DiffCommandTests {
    static let original = "Fixtures/diff/original.xml"
    static let amendment = "Fixtures/diff/amendment.xml"

    func run(_ arguments: [String]) throws -> CLIResult {
        try CLI.run(["diff"] + arguments, currentDirectory: Paths.packageRoot)
    }

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: Paths.fixtures.appendingPathComponent("diff/\(name)"), encoding: .utf8)
    }

    @Test func theAmendmentMatchesTheGoldenReport() throws {
        let result = try run([Self.original, Self.amendment])
        #expect(result.status == 1)
        #expect(result.stdout == (try fixture("expected.txt")))
        #expect(result.stderr.isEmpty)
        // Not a terminal: no colour codes.
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func jsonIsStableAndMatchesTheGoldenReport() throws {
        let first = try run([Self.original, Self.amendment, "--format", "json"])
        let second = try run([Self.original, Self.amendment, "--format", "json"])
        #expect(first.status == 1)
        #expect(first.stdoutBytes == second.stdoutBytes)
        #expect(first.stdout == (try fixture("expected.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdoutBytes)) as? [String: Any])
        #expect(object["same"] as? Bool == false)
        #expect(object["old"] as? String == Self.original)
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 8)
        #expect(changes.allSatisfy { Set($0.keys) == ["kind", "path", "old", "new"] })
        let price = changes.first { ($0["path"] as? String)?.hasSuffix("): price") == true }
        #expect(price?["old"] as? String == "42.1875")
        #expect(price?["new"] as? String == "42.1785")
    }

    @Test func theSameFilingIsSame() throws {
        let text = try run([Self.original, Self.original])
        #expect(text.status == 0)
        #expect(text.stdout.contains("same"))
        let json = try run([Self.original, Self.original, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any]
        #expect(object?["same"] as? Bool == true)
        #expect((object?["changes"] as? [Any])?.isEmpty == true)
    }

    @Test func formOnlyDifferencesAreNoChange() throws {
        let dir = try TemporaryDirectory()
        var xml = try String(contentsOf: Paths.packageRoot.appendingPathComponent(Self.original), encoding: .utf8)
        xml = xml.replacingOccurrences(of: "    ", with: "\t")
            .replacingOccurrences(of: "<isOfficer>1</isOfficer>", with: "<isOfficer>true</isOfficer>")
            .replacingOccurrences(of: "<value>12.00</value>", with: "<value>12</value>")
            .replacingOccurrences(of: "<value>59700</value>", with: "<value>59700.000</value>")
        let variant = try dir.file("variant.xml", contents: xml)
        let result = try run([Self.original, variant.path])
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func ignoreLeavesOutNamedFields() throws {
        let dir = try TemporaryDirectory()
        let xml = try String(contentsOf: Paths.packageRoot.appendingPathComponent(Self.original), encoding: .utf8)
            .replacingOccurrences(of: "Larkspur Harbor Robotics, Inc.", with: "LARKSPUR HARBOR ROBOTICS INC")
            .replacingOccurrences(of: "<schemaVersion>X0508</schemaVersion>", with: "<schemaVersion>X0609</schemaVersion>")
        let renamed = try dir.file("renamed.xml", contents: xml)
        let plain = try run([Self.original, renamed.path])
        #expect(plain.status == 1)
        #expect(plain.stdout.contains("Issuer: name \"Larkspur Harbor Robotics, Inc.\" → \"LARKSPUR HARBOR ROBOTICS INC\""))
        let ignoring = try run([Self.original, renamed.path, "--ignore", "issuerName", "--ignore", "schemaVersion"])
        #expect(ignoring.status == 0, "\(ignoring.stdout)")
        let typo = try run([Self.original, renamed.path, "--ignore", "issuerNmae"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("issuerNmae"))
    }

    @Test func strictOrderReportsMovedRows() throws {
        let dir = try TemporaryDirectory()
        let xml = try String(contentsOf: Paths.packageRoot.appendingPathComponent(Self.original), encoding: .utf8)
        // Swap the two sales (rows 2 and 3): each row's content goes where the other was.
        let parts = xml.components(separatedBy: "<nonDerivativeTransaction>")
        #expect(parts.count == 4)
        let split = parts.dropFirst().map { part -> (inner: String, rest: String) in
            let pieces = part.components(separatedBy: "</nonDerivativeTransaction>")
            return (pieces[0], "</nonDerivativeTransaction>" + pieces.dropFirst().joined(separator: "</nonDerivativeTransaction>"))
        }
        let open = "<nonDerivativeTransaction>"
        let reordered = parts[0] + open + split[0].inner + split[0].rest + open + split[2].inner + split[1].rest
            + open + split[1].inner + split[2].rest
        let file = try dir.file("reordered.xml", contents: reordered)
        let loose = try run([Self.original, file.path])
        #expect(loose.status == 0, "\(loose.stdout)\(loose.stderr)")
        let strict = try run([Self.original, file.path, "--strict-order"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("moved"))
        #expect(strict.stdout.contains("Table I row 3→2 (Common Stock, 03/05/2025, S)"))
    }

    @Test func jsonInputComparesWithXML() throws {
        let dir = try TemporaryDirectory()
        let json = """
            {"documentType": "4", "issuer": {"issuerCik": "0009990001"}, "reportingOwner": [],
             "footnotes": [], "ownerSignature": []}
            """
        let a = try dir.file("a.json", contents: json)
        let b = try dir.file("b.json", contents: json.replacingOccurrences(of: "\"4\"", with: "\"4/A\""))
        #expect(try run([a.path, a.path]).status == 0)
        let different = try run([a.path, b.path])
        #expect(different.status == 1)
        #expect(different.stdout.contains("Document type 4 → 4/A"))
    }

    @Test func looseTextIsEncodedFirst() throws {
        // The encode fixture's text and the XML it must give are the same filing.
        let text = "Fixtures/encode/lanternfly-form4.layout.txt"
        let xml = "Fixtures/encode/lanternfly-form4.expected.xml"
        guard FileManager.default.fileExists(atPath: Paths.packageRoot.appendingPathComponent(text).path) else { return }
        let options = Self.encodeOptions(forExpected: xml)
        let result = try run([text, xml] + options + ["--ignore", "schemaVersion"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Without the owner's CIK the text cannot say who filed: that is a difference.
        let without = try run([text, xml, "--ignore", "schemaVersion"])
        #expect(without.status == 1)
    }

    /// `--issuer-cik`/`--owner-cik` as the expected XML has them (the printed form shows no CIK).
    static func encodeOptions(forExpected path: String) -> [String] {
        guard let xml = try? String(contentsOf: Paths.packageRoot.appendingPathComponent(path), encoding: .utf8) else { return [] }
        func values(_ element: String) -> [String] {
            xml.components(separatedBy: "<\(element)>").dropFirst().compactMap { $0.components(separatedBy: "</").first }
        }
        return values("issuerCik").prefix(1).flatMap { ["--issuer-cik", $0] } + values("rptOwnerCik").flatMap { ["--owner-cik", $0] }
    }

    /// Inputs that are not ownership documents, or are built to hurt a parser.
    static let broken: [(String, String)] = [
        ("empty.xml", ""),
        ("not-xml.xml", "<ownershipDocument><documentType>4</documentType>"),
        ("garbage.xml", "<\u{0}\u{1}\u{2}\u{FFFD}>"),
        ("wrong-root.xml", "<?xml version=\"1.0\"?>\n<html><body>Form 4</body></html>\n"),
        ("entities.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <ownershipDocument><remarks>&lol3;</remarks></ownershipDocument>
            """),
        ("external.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <ownershipDocument><remarks>&x;</remarks></ownershipDocument>
            """),
        ("bad-value.xml", """
            <?xml version="1.0"?>
            <ownershipDocument><documentType>4</documentType><nonDerivativeTable><nonDerivativeTransaction>
            <transactionAmounts><transactionShares><value>1,000 shares</value></transactionShares></transactionAmounts>
            </nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>
            """),
        ("bad.json", "{\"documentType\": 4, \"issuer\": []}"),
        ("deep.xml", String(repeating: "<a>", count: 100_000)),
    ]

    @Test(arguments: broken.map(\.0))
    func brokenInputIsAClearError(_ name: String) throws {
        let dir = try TemporaryDirectory()
        let contents = try #require(Self.broken.first { $0.0 == name }?.1)
        let file = try dir.file(name, contents: contents)
        for arguments in [[Self.original, file.path], [file.path, Self.original]] {
            let result = try run(arguments)
            #expect(result.status == 2, "\(name): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.isEmpty, "\(name)")
            #expect(result.stderr.contains(file.path), "\(name): \(result.stderr)")
            #expect(!result.stderr.contains("root:"), "\(name): an external entity must never be read")
        }
    }

    @Test func missingFilesAndDirectoriesAreErrors() throws {
        let dir = try TemporaryDirectory()
        let missing = try run([Self.original, dir.url.appendingPathComponent("nope.xml").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.xml"))
        let directory = try run([dir.url.path, Self.original])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("directory"))
    }

    @Test(.enabled(if: SharedCorpus.available, "needs ../shared/corpus"))
    func aSubmissionAndItsXMLAreTheSameFiling() throws {
        // xml/0002 is the <XML> body of submissions/0001: the same filing.
        guard let shared = Paths.shared else { return }
        let submission = shared.appendingPathComponent("corpus/submissions/0001_0000002488-24-000005.sgml")
        let xml = shared.appendingPathComponent("corpus/xml/0002_0000002488-24-000005.xml")
        let result = try run([submission.path, xml.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
