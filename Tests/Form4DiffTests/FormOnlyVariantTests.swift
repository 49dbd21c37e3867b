import Form4Core
import Form4Diff
import Testing

/// Variants that change how a filing is written but not what it says must
/// compare equal: that is the point of a filing diff over an XML diff.
@Suite struct FormOnlyVariantTests {
    static let samples: [Samples.Sample] = (try? Samples.all()) ?? []

    private func expectSame(_ a: OwnershipDocument, _ b: OwnershipDocument, _ what: String, _ name: String,
                            options: DiffOptions = DiffOptions()) {
        let changes = FilingComparer.compare(a, b, options: options)
        #expect(changes.isEmpty, "\(name), \(what):\n\(FilingDiff(oldName: "A", newName: "B", changes: changes).text())")
    }

    @Test func samplesAreThere() throws {
        // Fixtures and generated documents do not depend on ../shared.
        #expect(try Samples.fixtures().count == 2)
        #expect(Self.samples.count >= 2 + 96)
    }

    @Test func rewrittenByTheWriter() throws {
        for s in Self.samples {
            let again = try Samples.parse(OwnershipXMLWriter.xml(s.document))
            expectSame(s.document, again, "written again", s.name)
        }
    }

    @Test func reindented() throws {
        for s in Self.samples {
            expectSame(s.document, try Samples.parse(FormVariants.reindented(s.xml)), "re-indented", s.name)
        }
    }

    @Test func booleansRespelled() throws {
        var respelled = 0
        for s in Self.samples {
            let text = FormVariants.respelledBooleans(s.xml)
            if text != s.xml { respelled += 1 }
            expectSame(s.document, try Samples.parse(text), "booleans respelled", s.name)
        }
        #expect(respelled > 0, "the variant must actually respell something")
    }

    @Test func decimalsPadded() throws {
        for s in Self.samples {
            let padded = FormVariants.paddedDecimals(s.document)
            expectSame(s.document, padded, "decimals padded", s.name)
            // …and through XML, where the padding is what the file says.
            expectSame(s.document, try Samples.parse(OwnershipXMLWriter.xml(padded)), "padded, in XML", s.name)
        }
    }

    @Test func footnotesRenumbered() throws {
        var renumbered = 0
        for s in Self.samples {
            let variant = FormVariants.renumberedFootnotes(s.document)
            if variant != s.document { renumbered += 1 }
            expectSame(s.document, variant, "footnotes renumbered", s.name)
        }
        #expect(renumbered > 0)
    }

    @Test func rowsShuffled() throws {
        var shuffled = 0
        for s in Self.samples {
            for seed in 1...3 {
                let variant = FormVariants.shuffledRows(s.document, seed: seed)
                if variant != s.document { shuffled += 1 }
                expectSame(s.document, variant, "rows shuffled (\(seed))", s.name)
            }
        }
        #expect(shuffled > 0)
    }

    @Test func everythingAtOnce() throws {
        for s in Self.samples {
            var d = FormVariants.shuffledRows(FormVariants.renumberedFootnotes(FormVariants.paddedDecimals(s.document)))
            d = try Samples.parse(FormVariants.respelledBooleans(FormVariants.reindented(OwnershipXMLWriter.xml(d))))
            expectSame(s.document, d, "all form-only variants together", s.name)
        }
    }

    @Test func shuffledRowsAreOnlyMovesUnderStrictOrder() throws {
        var moves = 0
        for s in Self.samples {
            let changes = FilingComparer.compare(s.document, FormVariants.shuffledRows(s.document),
                                                 options: DiffOptions(strictOrder: true))
            #expect(changes.allSatisfy { $0.kind == .moved }, "\(s.name)")
            moves += changes.count
        }
        #expect(moves > 0)
    }
}
