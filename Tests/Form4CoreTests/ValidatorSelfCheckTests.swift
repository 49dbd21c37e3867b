import Testing
@testable import Form4Core

/// `checkedXML` (encode's check of the XML it writes) skips reading the XML
/// back when it can; these tests hold it to what reading back gives.
@Suite struct ValidatorSelfCheckTests {
    let validator = Validator()

    /// Documents like the ones `encode` makes: generated ones, and the same
    /// without CIKs (the XSD then fails, as on most encoded texts), with owners
    /// that are nothing (a business rule fails), with fields a mode leaves out,
    /// with an empty table, and with values that do not read back as written.
    static func variants(seed: UInt64) -> [(String, OwnershipDocument)] {
        let base = DocumentGenerator.document(seed: seed)
        var noCik = base
        noCik.issuer.issuerCik = nil
        for k in noCik.reportingOwner.indices { noCik.reportingOwner[k].reportingOwnerId.rptOwnerCik = nil }
        var nothing = base
        for k in nothing.reportingOwner.indices {
            nothing.reportingOwner[k].reportingOwnerRelationship = ReportingOwnerRelationship()
        }
        var omitted = noCik
        for k in omitted.reportingOwner.indices {
            omitted.reportingOwner[k].reportingOwnerId.rptOwnerCcc = "x1#abcde"
            omitted.reportingOwner[k].reportingOwnerId.rptOwnerName = "Quill Ada"
        }
        omitted.issuer.issuerName = "Lantern & Pike Corp"
        omitted.schemaVersion = "X0508"
        var emptyTable = base
        emptyTable.derivativeTable = DerivativeTable()
        var spaced = nothing
        spaced.remarks = " spaced "
        spaced.issuer.issuerCik = " 0000111111"
        return [("base", base), ("noCik", noCik), ("nothing", nothing), ("omitted", omitted),
                ("emptyTable", emptyTable), ("spaced", spaced)]
    }

    static func withoutLocations(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            var d = d
            d.location = nil
            return d
        }
    }

    @Test(arguments: [false, true])
    func sameDiagnosticsAsReadingBack(forSubmission: Bool) throws {
        let mode: OwnershipXMLWriter.Mode = forSubmission ? .submission : .published
        var shortCuts = 0
        for seed in UInt64(0)..<100 {
            for (name, document) in Self.variants(seed: seed) {
                let (xml, checked) = validator.checkedXML(document, forSubmission: forSubmission)
                let full = validator.validate(bytes: xml, name: Validator.selfCheckName, forSubmission: forSubmission)
                #expect(checked == Self.withoutLocations(full.diagnostics), "seed \(seed) \(name)")
                let written = OwnershipXMLWriter.written(document, mode: mode)
                #expect(written.bytes == xml)
                guard written.readsBack else { continue }
                #expect(name != "spaced")
                let model = OwnershipXMLWriter.readBack(document, mode: mode)
                #expect(try OwnershipXMLReader.read(bytes: xml, name: "x").document == model, "seed \(seed) \(name)")
                guard let fast = validator.selfCheck(xml, of: model, forSubmission: forSubmission) else { continue }
                // The short cut leaves columns out (the order does not need them).
                #expect(Self.withoutLocations(fast) == Self.withoutLocations(full.diagnostics), "seed \(seed) \(name)")
                #expect(fast.map { $0.location?.line } == full.diagnostics.map { $0.location?.line }, "seed \(seed) \(name)")
                shortCuts += 1
            }
        }
        // Generated documents often hold empty values (which may not read back as
        // written); enough of them have none for the comparison to mean something.
        #expect(shortCuts >= 20)
    }

    /// A document read from XML reads back as itself, so the short cut is taken.
    @Test func readDocumentTakesTheShortCut() throws {
        let read = try OwnershipXMLReader.read(bytes: Array(XMLReadWriteTests.sample.utf8), name: "x").document
        let written = OwnershipXMLWriter.written(read, mode: .published)
        #expect(written.readsBack)
        let fast = try #require(validator.selfCheck(written.bytes, of: read, forSubmission: false))
        let full = validator.validate(bytes: written.bytes, name: Validator.selfCheckName).diagnostics
        #expect(Self.withoutLocations(fast) == Self.withoutLocations(full))
        #expect(fast.map { $0.location?.line } == full.map { $0.location?.line })
    }

    @Test func schemaErrorsStillReported() {
        var d = DocumentGenerator.document(seed: 7)
        d.issuer.issuerCik = nil
        let found = validator.checkedXML(d).diagnostics
        #expect(found.contains { $0.rule == "XSD" && $0.severity == .error && $0.path?.hasPrefix("/ownershipDocument/issuer") == true })
        #expect(found.allSatisfy { $0.location == nil })
    }

    @Test func businessRuleErrorsStillReported() {
        var d = DocumentGenerator.document(seed: 7)
        d.reportingOwner[0].reportingOwnerRelationship = ReportingOwnerRelationship()
        let found = validator.checkedXML(d).diagnostics
        #expect(found.contains {
            $0.rule == "OWNER-RELATIONSHIP" && $0.path == "/ownershipDocument/reportingOwner[1]/reportingOwnerRelationship"
        })
    }

    @Test func valuesThatDoNotReadBackAreFlagged() {
        for value in ["", " a", "a ", "\na", "a\t", "a\rb", "a\u{1}b", "a\u{FFFE}b"] {
            var out: [UInt8] = []
            #expect(!XMLTextBuilder.escape(value, into: &out), "\(Array(value.utf8))")
        }
        for value in ["a", "a b", "Lantern & Pike <Corp> \"x\"", "é—§", "a\nb", "a\tb"] {
            var out: [UInt8] = []
            #expect(XMLTextBuilder.escape(value, into: &out), "\(value)")
        }
        for value in ["a\nb", "a\tb"] {
            var out: [UInt8] = []
            #expect(!XMLTextBuilder.escape(value, into: &out, attribute: true), "\(Array(value.utf8))")
        }
    }
}
