import Foundation
import Testing
import TestSupport

/// The law users rely on, end to end through both commands:
/// `encode(decode(x))` has exactly x's fields (text white space folded), for the text,
/// markdown and JSON forms. The in-process tests cover every corpus file; this one runs
/// the real executables on a spread of them and on the project's own fixture.
@Suite struct DecodeEncodeRoundTripTests {
    static func fields(_ bytes: [UInt8]) -> NSObject? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) else { return nil }
        return fold(object) as? NSObject
    }

    static func fold(_ value: Any) -> Any {
        switch value {
        case let s as String: return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        case let a as [Any]: return a.map(fold)
        case let d as [String: Any]: return d.mapValues(fold)
        default: return value
        }
    }

    static func check(_ path: String) throws -> [String] {
        let truth = try CLI.run(["decode", "--format", "json", path])
        guard truth.status == 0, let expected = fields(truth.stdoutBytes) else { return ["\(path): decode failed"] }
        var problems: [String] = []
        for format in ["text", "markdown", "json"] {
            let decoded = try CLI.run(["decode", "--format", format, path])
            let encoded = try CLI.run(["encode", "-", "--format", "json"], stdin: decoded.stdoutBytes)
            guard let got = fields(encoded.stdoutBytes) else {
                problems.append("\(path) via \(format): encode wrote no JSON (exit \(encoded.status)): \(encoded.stderr.prefix(200))")
                continue
            }
            if !got.isEqual(expected) { problems.append("\(path) via \(format): fields differ") }
        }
        return problems
    }

    @Test func fixtureRoundTripsThroughEncode() throws {
        let problems = try Self.check(Paths.fixtures.appendingPathComponent("decoded/northwind-form4.xml").path)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func corpusSpreadRoundTripsThroughEncode() throws {
        let files = SharedCorpus.xmlFiles().enumerated().filter { $0.offset % 25 == 0 }.map(\.element.path)
        #expect(files.count == 20)
        var problems: [String] = []
        for f in files { problems += try Self.check(f) }
        #expect(problems.isEmpty, "\(problems.count) problems; first: \(problems.prefix(3))")
    }
}
