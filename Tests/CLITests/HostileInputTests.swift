import Foundation
import Testing
import TestSupport

/// Hostile and broken inputs: each gets a clear diagnostic and a non-zero exit,
/// never a crash, a hang, network access or a leak of local file content.
@Suite struct HostileInputTests {
    private func validate(_ bytes: [UInt8], name: String = "input.xml") throws -> CLIResult {
        let dir = try TemporaryDirectory()
        let file = try dir.file(name, bytes: bytes)
        return try CLI.run(["validate", file.path], timeout: 120)
    }

    @Test func billionLaughsIsRefused() throws {
        var doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let previous = i == 1 ? "lol" : "lol\(i - 1)"
            doc += "<!ENTITY lol\(i) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        doc += "]>\n<ownershipDocument>&lol9;</ownershipDocument>\n"
        let result = try validate(Array(doc.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("[XML-REFUSED]"))
        #expect(result.stdout.contains("DOCTYPE"))
        #expect(!result.stdout.contains("lollol"))
    }

    @Test func externalEntityIsNeverLoaded() throws {
        let doc = """
            <?xml version="1.0"?>
            <!DOCTYPE ownershipDocument [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <ownershipDocument><remarks>&secret;</remarks></ownershipDocument>
            """
        let result = try validate(Array(doc.utf8))
        #expect(result.status == 1)
        #expect(!result.stdout.contains("root:"))
        #expect(!result.stderr.contains("root:"))
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let depth = 200_000
        var bytes = Array("<ownershipDocument>".utf8)
        bytes += Array(repeating: Array("<a>".utf8), count: depth).flatMap { $0 }
        bytes += Array(repeating: Array("</a>".utf8), count: depth).flatMap { $0 }
        bytes += Array("</ownershipDocument>".utf8)
        let result = try validate(bytes)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: [XML]"), "\(result.stdout.prefix(500))")
    }

    @Test func binaryGarbageIsRejected() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let result = try validate(bytes, name: "garbage.bin")
        #expect(result.status == 1)
        #expect(result.stdout.contains("error:"))
    }

    @Test func truncatedDocumentIsRejected() throws {
        let full = Array(ValidateCommandTests.valid.utf8)
        let result = try validate(Array(full[0..<(full.count / 2)]))
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: [XML]"))
    }

    @Test func invalidUTF8IsRejected() throws {
        var bytes = Array(ValidateCommandTests.valid.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "B"))!
        bytes[at] = 0xC3
        bytes[at + 1] = 0x28
        let result = try validate(bytes)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: [XML]"))
    }

    @Test func utf16IsRefusedWithAClearMessage() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in ValidateCommandTests.valid.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try validate(bytes)
        #expect(result.status == 1)
        #expect(result.stdout.contains("UTF-16"))
    }

    @Test func hundredMegabyteFileIsHandled() throws {
        var bytes = Array("<?xml version=\"1.0\"?>\n<ownershipDocument><remarks>".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
        bytes += Array("</remarks></ownershipDocument>\n".utf8)
        let result = try validate(bytes, name: "huge.xml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("error:"))
        #expect(result.stdout.count < 100_000, "the diagnostics must not echo the input")
    }

    @Test func emptyFileIsRejected() throws {
        let result = try validate([], name: "empty.xml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("error:"))
    }

    @Test func processingInstructionIsAnError() throws {
        let doc = ValidateCommandTests.valid.replacingOccurrences(
            of: "<?xml version=\"1.0\"?>\n",
            with: "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>\n")
        let result = try validate(Array(doc.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("input.xml:2:1: error: [PROCESSING-INSTRUCTION]"), "\(result.stdout)")
    }

    @Test func wrongDocumentKindIsNamed() throws {
        let result = try validate(Array("<?xml version=\"1.0\"?>\n<xbrl><context/></xbrl>\n".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("[NOT-OWNERSHIP]"))
    }
}
