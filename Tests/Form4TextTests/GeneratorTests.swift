import Form4Core
import Testing

/// The document generator: reproducible, valid, and covering the hard cases it promises.
@Suite struct GeneratorTests {
    static let seeds: [UInt64] = Array(0..<300)

    @Test func sameSeedSameDocumentDifferentSeedsDiffer() {
        #expect(DocumentGenerator.document(seed: 42) == DocumentGenerator.document(seed: 42))
        let distinct = Set(Self.seeds.prefix(50).map { DocumentGenerator.document(seed: $0) })
        #expect(distinct.count == 50)
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 1)
        #expect((0..<10).map { _ in a.next() } == (0..<10).map { _ in b.next() })
        // The reference value of SplitMix64 for seed 0 (Vigna's splitmix64.c), so the sequence never drifts.
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func generatedDocumentsAreValid() {
        let validator = Validator()
        var failures: [String] = []
        for seed in Self.seeds {
            let errors = validator.check(DocumentGenerator.document(seed: seed)).filter { $0.severity == .error }
            if let e = errors.first { failures.append("seed \(seed): \(e.formatted())") }
        }
        #expect(failures.isEmpty, "\(failures.count) invalid; first: \(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test func hardCasesAllAppear() {
        let docs = Self.seeds.map(DocumentGenerator.document(seed:))
        func any(_ p: (OwnershipDocument) -> Bool) -> Bool { docs.contains(where: p) }
        func decimals(_ d: OwnershipDocument) -> [DecimalText] {
            let t = d.nonDerivativeTable?.nonDerivativeTransaction ?? []
            return t.compactMap { $0.transactionAmounts?.transactionShares?.value }
                + t.compactMap { $0.transactionAmounts?.transactionPricePerShare?.value }
                + t.compactMap { $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value }
        }
        #expect(Set(docs.compactMap(\.documentType)) == Set(DocumentType.allCases.map(\.rawValue)))
        #expect(any { $0.reportingOwner.count == 10 })
        #expect(any { ($0.nonDerivativeTable?.nonDerivativeTransaction.count ?? 0) == 30 })
        #expect(any { ($0.derivativeTable?.derivativeTransaction.count ?? 0) == 30 })
        #expect(any { $0.nonDerivativeTable?.isEmpty == true || $0.derivativeTable?.isEmpty == true })
        #expect(any { d in decimals(d).contains { $0.fractionDigits == 4 } })
        #expect(any { d in decimals(d).contains { $0.totalDigits == 16 } })
        #expect(any { d in decimals(d).contains { $0.fractionDigits > 0 && !$0.text.hasSuffix("0") } })
        #expect(any { d in
            (d.nonDerivativeTable?.nonDerivativeTransaction ?? []).contains {
                $0.transactionAmounts?.transactionPricePerShare.map { $0.value == nil && !$0.footnoteId.isEmpty } ?? false
            }
        })
        #expect(any { $0.remarks?.contains("\n") == true })
        #expect(any { $0.footnotes.contains { $0.text.contains("&") && $0.text.contains("<") } })
        #expect(any { $0.reportingOwner.contains { ($0.reportingOwnerId.rptOwnerName ?? "").contains { !$0.isASCII } } })
        #expect(any { $0.issuer.issuerName?.contains("\"") == true })
        #expect(any { $0.reportingOwner.contains { $0.reportingOwnerAddress?.rptOwnerStreet2 == "" } })
        #expect(any { d in (d.nonDerivativeTable?.nonDerivativeTransaction ?? []).contains { $0.deemedExecutionDate == Footnoted(nil) } })
    }
}
