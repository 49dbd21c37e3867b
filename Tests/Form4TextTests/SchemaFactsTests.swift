import Foundation
import Testing
import TestSupport
@testable import Form4Core
@testable import Form4Text

/// encode's self-check gives the XSD's findings from the schema's facts
/// (`SchemaFacts`) instead of libxml2. Wherever the facts answer, they must
/// answer what libxml2 answers (messages, paths, lines, order, after the
/// business rules are merged in); where they do not model a case they say
/// nil. These compare the two on encode outputs, the corpus read back into
/// models, generated documents and documents mutated one value or a few at a
/// time, and count how often the facts answer, so that a check that always
/// fell back would fail.
@Suite struct SchemaFactsTests {
    static let validator = Validator()

    struct Count {
        var compared = 0
        var applied = 0
    }

    /// Checks `document` both ways in both modes; returns how many of the
    /// (up to two) checks the facts answered, recording any difference.
    @discardableResult
    static func compare(_ document: OwnershipDocument, _ label: @autoclosure () -> String, into count: inout Count) -> Int {
        var applied = 0
        for forSubmission in [false, true] {
            let mode: OwnershipXMLWriter.Mode = forSubmission ? .submission : .published
            let elements = WrittenElements()
            let (xml, readsBack) = OwnershipXMLWriter.written(document, mode: mode, elements: elements)
            guard readsBack else { continue }
            let model = OwnershipXMLWriter.readBack(document, mode: mode)
            guard let reference = validator.selfCheck(xml, of: model, forSubmission: forSubmission) else { continue }
            count.compared += 1
            guard let facts = validator.factsCheck(elements, of: model, forSubmission: forSubmission) else { continue }
            count.applied += 1
            applied += 1
            if facts != reference {
                let a = facts.map { "\($0.location?.line ?? 0) [\($0.rule)] \($0.message) @\($0.path ?? "")" }
                let b = reference.map { "\($0.location?.line ?? 0) [\($0.rule)] \($0.message) @\($0.path ?? "")" }
                Issue.record("\(label()) submission=\(forSubmission)\nfacts:\n\(a.joined(separator: "\n"))\nlibxml2:\n\(b.joined(separator: "\n"))")
            }
        }
        return applied
    }

    static func devTextOutputs() -> [(String, OwnershipDocument)] {
        guard let shared = Paths.shared else { return [] }
        var out: [(String, OwnershipDocument)] = []
        for folder in ["dev-texts/rendered", "dev-texts/sec-html"] {
            let dir = shared.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let input = try? InputFile.read(dir.appendingPathComponent(name).path),
                    let result = try? FormEncoder.encode(input) else { continue }
                out.append((name, result.document))
            }
        }
        return out
    }

    /// Every dev text's encode output (most lack CIKs: the XSD fails on them):
    /// the facts answer for every one, and as libxml2 does.
    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func devTextOutputsAllApply() throws {
        let outputs = Self.devTextOutputs()
        #expect(outputs.count >= 50)
        var count = Count()
        for (name, document) in outputs {
            let before = count.compared
            let applied = Self.compare(document, name, into: &count)
            #expect(applied == count.compared - before, "\(name): the facts fell back to libxml2")
        }
        print("SchemaFactsTests dev outputs: facts applied to \(count.applied) of \(count.compared)")
        #expect(count.compared >= outputs.count)
        #expect(count.applied == count.compared)
    }

    /// The corpus read back into models: real filings, all valid or nearly.
    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func corpusModels() throws {
        let dir = try #require(Paths.shared).appendingPathComponent("corpus/xml")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(names.count >= 400)
        var count = Count()
        for name in names {
            guard let bytes = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path),
                let read = try? OwnershipXMLReader.read(bytes: Array(bytes), name: name) else { continue }
            Self.compare(read.document, name, into: &count)
        }
        print("SchemaFactsTests corpus: facts applied to \(count.applied) of \(count.compared)")
        // Most filings hold a value that does not read back as written (white
        // space at an end): the self-check reads those back, facts or not.
        #expect(count.compared >= 80)
        // Real filings hold what the facts leave to libxml2 only rarely.
        #expect(count.applied * 10 >= count.compared * 9, "applied \(count.applied) of \(count.compared)")
    }

    /// The property generator's documents, and the same with the mutations below.
    @Test func generatedAndMutated() throws {
        var count = Count()
        for seed in UInt64(0)..<60 {
            let document = DocumentGenerator.document(seed: seed)
            Self.compare(document, "seed \(seed)", into: &count)
            for (label, mutated) in Self.mutations(of: document, seed: seed, every: seed < 6) {
                Self.compare(mutated, "seed \(seed) \(label)", into: &count)
            }
        }
        print("SchemaFactsTests generated: facts applied to \(count.applied) of \(count.compared)")
        #expect(count.compared >= 800)
        #expect(count.applied * 2 >= count.compared, "applied \(count.applied) of \(count.compared)")
    }

    /// Mutated dev-text outputs: real encode shapes, damaged.
    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func devTextOutputsMutated() throws {
        var count = Count()
        for (k, (name, document)) in Self.devTextOutputs().enumerated() where k % 7 == 0 {
            for (label, mutated) in Self.mutations(of: document, seed: UInt64(k), every: false) {
                Self.compare(mutated, "\(name) \(label)", into: &count)
            }
        }
        print("SchemaFactsTests dev mutated: facts applied to \(count.applied) of \(count.compared)")
        #expect(count.compared >= 200)
        #expect(count.applied * 2 >= count.compared, "applied \(count.applied) of \(count.compared)")
    }

    /// The failures the facts model, one at a time on a made-up Form 4: each
    /// must be answered by the facts (not left to libxml2), as libxml2 answers.
    @Test func modelledFailuresApply() throws {
        let url = Paths.fixtures.appendingPathComponent("encode/lanternfly-form4.expected.xml")
        let xml = try String(contentsOf: url, encoding: .utf8)
        let lines = xml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func index(of tag: String, after marker: String) -> Int? {
            guard let m = lines.firstIndex(where: { $0.contains(marker) }) else { return nil }
            return lines[m...].firstIndex(where: { $0.contains("<\(tag)>") })
        }
        func replacing(_ tag: String, after marker: String, with value: String) -> [String]? {
            guard let i = index(of: tag, after: marker) else { return nil }
            var l = lines
            l[i] = l[i].replacingOccurrences(of: #">[^<]*</"#, with: ">\(value)</", options: .regularExpression)
            return l
        }
        func removing(_ tag: String, after marker: String) -> [String]? {
            guard let i = index(of: tag, after: marker) else { return nil }
            var l = lines
            if l[i].contains("</\(tag)>") {
                l.remove(at: i)
            } else if let end = l[i...].firstIndex(where: { $0.contains("</\(tag)>") }) {
                l.removeSubrange(i...end)
            }
            return l
        }
        let cases: [(String, [String]?)] = [
            ("as written", lines),
            ("CIK pattern", replacing("issuerCik", after: "<issuer>", with: "12A")),
            ("title too long", replacing("value", after: "<securityTitle>", with: String(repeating: "T", count: 61))),
            ("five decimals", replacing("value", after: "<transactionPricePerShare>", with: "880.04911")),
            ("unknown code", replacing("transactionCode", after: "<transactionCoding>", with: "Q")),
            ("D/I", replacing("value", after: "<directOrIndirectOwnership>", with: "X")),
            ("A/D", replacing("value", after: "<transactionAcquiredDisposedCode>", with: "B")),
            ("city too long", replacing("rptOwnerCity", after: "<reportingOwnerAddress>", with: String(repeating: "C", count: 35))),
            ("city of accents", replacing("rptOwnerCity", after: "<reportingOwnerAddress>", with: String(repeating: "é", count: 31))),
            ("zip pattern", replacing("rptOwnerZipCode", after: "<reportingOwnerAddress>", with: "99_01")),
            ("schemaVersion length", replacing("schemaVersion", after: "<ownershipDocument>", with: "X05081")),
            ("no owner CIK", removing("rptOwnerCik", after: "<reportingOwnerId>")),
            ("no issuer CIK", removing("issuerCik", after: "<issuer>")),
            ("no D/I", removing("directOrIndirectOwnership", after: "<ownershipNature>")),
            ("no shares", removing("transactionShares", after: "<transactionAmounts>")),
            ("no price", removing("transactionPricePerShare", after: "<transactionAmounts>")),
            ("no amount after", removing("sharesOwnedFollowingTransaction", after: "<postTransactionAmounts>")),
            ("no signature", removing("ownerSignature", after: "<remarks>") ?? removing("ownerSignature", after: "</footnotes>")),
            ("no period", removing("periodOfReport", after: "<ownershipDocument>")),
        ]
        var count = Count()
        for (label, mutated) in cases {
            let l = try #require(mutated, "\(label): the fixture lacks the element")
            let document = try OwnershipXMLReader.read(bytes: Array(l.joined(separator: "\n").utf8), name: "m").document
            let applied = Self.compare(document, label, into: &count)
            #expect(applied == 2, "\(label): the facts fell back to libxml2")
        }
        #expect(count.compared == 2 * cases.count)
    }

    // MARK: - Mutations

    static let badTexts = [
        String(repeating: "T", count: 61), String(repeating: "N", count: 161), String(repeating: "é", count: 41),
        "12A", "2024-13-45", "2023-02-29", "1.23456", "880.04911", "-5", "0012", "12345678901234567", "Q", "X", "3",
        "ABCDEFGHIJK", "x1#abcd", "99_01", "F1", "E", "1,000", "ab%cd", "Z9", "  ",
    ]

    /// Lines of the published XML that are leaves, and blocks (open to close).
    static func mutations(of document: OwnershipDocument, seed: UInt64, every: Bool) -> [(String, OwnershipDocument)] {
        var rng = SplitMix(seed: seed &* 0x9E37_79B9 &+ 17)
        let xml = OwnershipXMLWriter.xml(document, mode: .published)
        let lines = xml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [(String, OwnershipDocument)] = []
        func read(_ lines: [String], _ label: String) {
            let text = lines.joined(separator: "\n")
            if let d = try? OwnershipXMLReader.read(bytes: Array(text.utf8), name: "m").document { out.append((label, d)) }
        }
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        var leaves: [Int] = []
        var blocks: [(Int, Int)] = []
        var stack: [(String, Int)] = []
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("</") {
                if let (_, start) = stack.popLast() { blocks.append((start, i)) }
            } else if t.hasPrefix("<") && !t.hasPrefix("<?") {
                if t.hasSuffix("/>") || t.contains("</") { leaves.append(i) } else { stack.append((t, i)) }
            }
        }
        func replacing(_ i: Int, with value: String) -> [String] {
            var l = lines
            let line = l[i]
            guard let open = line.firstIndex(of: ">"), let close = line.range(of: "</", options: .backwards)?.lowerBound,
                open < close else { return l }
            let escaped = value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            l[i] = String(line[...open]) + escaped + String(line[close...])
            return l
        }
        func removing(_ range: ClosedRange<Int>) -> [String] {
            var l = lines
            l.removeSubrange(range)
            return l
        }
        let chosenLeaves = every ? leaves : leaves.filter { _ in pick(4) == 0 }
        for i in chosenLeaves {
            read(removing(i...i), "remove line \(i + 1)")
            let values = every ? badTexts : [badTexts[pick(badTexts.count)]]
            for v in values { read(replacing(i, with: v), "line \(i + 1) = '\(v)'") }
        }
        let chosenBlocks = every ? blocks : blocks.filter { _ in pick(3) == 0 }
        for (a, b) in chosenBlocks where a > 1 { read(removing(a...b), "remove block \(a + 1)-\(b + 1)") }
        // A few at a time.
        for n in 0..<(every ? 40 : 10) where !leaves.isEmpty {
            var l = lines
            var label = "combo \(n):"
            for _ in 0..<(2 + pick(3)) {
                let i = leaves[pick(leaves.count)]
                if pick(3) == 0 {
                    l[i] = ""
                    label += " -\(i + 1)"
                } else {
                    let v = badTexts[pick(badTexts.count)]
                    let line = l[i]
                    if let open = line.firstIndex(of: ">"), let close = line.range(of: "</", options: .backwards)?.lowerBound,
                        open < close
                    {
                        l[i] = String(line[...open]) + v.replacingOccurrences(of: "&", with: "&amp;") + String(line[close...])
                    }
                    label += " \(i + 1)='\(v)'"
                }
            }
            read(l, label)
        }
        // The same document as each form type, amendment or not.
        for type in DocumentType.allCases {
            var d = document
            d.documentType = type.rawValue
            out.append(("as \(type.rawValue)", d))
            if d.dateOfOriginalSubmission == nil {
                d.dateOfOriginalSubmission = DateText("2024-01-02")
                out.append(("as \(type.rawValue) with original date", d))
            }
        }
        return out
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
