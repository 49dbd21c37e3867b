import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The long run behind `scripts/encode-property`: off unless
/// `ENCODE_PROPERTY_SEEDS` is set, then that many seeds per style (from
/// `ENCODE_PROPERTY_FIRST`, default 0), a per-style table on standard
/// output, and the law asserted: no critical value silently wrong.
/// `ENCODE_PROPERTY_DUMP=SEED:STYLE` writes one rendering to the temporary
/// directory and prints what encode said about it.
@Suite struct EncodePropertyScanTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["ENCODE_PROPERTY_SEEDS"] != nil))
    func manySeedsPerStyle() {
        let count = UInt64(Self.environment["ENCODE_PROPERTY_SEEDS"].flatMap { UInt64($0) } ?? 100)
        let first = UInt64(Self.environment["ENCODE_PROPERTY_FIRST"].flatMap { UInt64($0) } ?? 0)
        let only = Self.environment["ENCODE_PROPERTY_STYLES"].map { $0.split(separator: ",").map(String.init) }
        var rows: [(EncodeProperty.Variant, EncodeProperty.Tally)] = []
        for variant in EncodeProperty.Variant.all where only.map({ $0.contains(variant.description) }) ?? true {
            rows.append((variant, EncodeProperty.run(first..<(first + count), variant)))
        }
        print(EncodeProperty.table(rows), terminator: "")
        let silent = rows.flatMap(\.1.silent)
        let limit = Int(Self.environment["ENCODE_PROPERTY_SHOW"].flatMap { Int($0) } ?? 40)
        for miss in silent.prefix(limit) { print("SILENT " + miss.description) }
        #expect(silent.count == 0, "\(silent.count) critical values silently wrong; first: \(silent.first?.description ?? "")")
    }

    @Test(.enabled(if: environment["ENCODE_PROPERTY_DUMP"] != nil))
    func dumpOneRendering() throws {
        let spec = try #require(Self.environment["ENCODE_PROPERTY_DUMP"]).split(separator: ":")
        let seed = try #require(UInt64(spec[0]))
        let name = spec.count > 1 ? String(spec[1]) : "layout"
        let variant = try #require(EncodeProperty.Variant.all.first { $0.description == name })
        let d = DocumentGenerator.document(seed: seed)
        let r = LooseRenderer.render(d, style: variant.style, seed: seed, noise: variant.noise)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("encode-property-\(seed)-\(variant).txt")
        try r.text.write(to: file, atomically: true, encoding: .utf8)
        print("rendering written to \(file.path)")
        let result = try? FormEncoder.encode(InputFile(name: "dump", bytes: Array(r.text.utf8)))
        for diag in result?.diagnostics ?? [] { print("DIAG " + diag.formatted()) }
        // The document and what encode made of it, side by side for `diff`.
        try OwnershipXMLWriter.xml(d).write(to: file.appendingPathExtension("truth.xml"), atomically: true, encoding: .utf8)
        if let got = result?.document {
            try OwnershipXMLWriter.xml(got).write(to: file.appendingPathExtension("encoded.xml"), atomically: true, encoding: .utf8)
        }
        let t = EncodeProperty.check(seed: seed, variant)
        for miss in t.silent { print("SILENT " + miss.description) }
        print(EncodeProperty.table([(variant, t)]))
    }
}
