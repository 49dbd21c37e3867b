import Form4Core

/// The project's JSON of a document, written by hand.
///
/// Byte for byte what `JSONEncoder` with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]` writes for the `Codable` model (a test holds the
/// two equal on every corpus and generated document), at a fraction of the
/// cost: decoding hundreds of filings spent half its time in the generic encoder.
public enum JSONRenderer {
    public static func json(_ d: OwnershipDocument) -> String {
        var w = JSONText()
        w.value(document(d), depth: 0)
        w.raw("\n")
        return w.out
    }

    /// A JSON value; objects keep their keys sorted when written.
    indirect enum Value {
        case string(String)
        case bool(Bool)
        case array([Value])
        case object([(String, Value)])
    }

    // MARK: - Model to values (keys as the synthesized Codable conformances name them)

    private static func document(_ d: OwnershipDocument) -> Value {
        var o: [(String, Value)] = []
        o.add("schemaVersion", d.schemaVersion.map(Value.string))
        o.add("documentType", d.documentType.map(Value.string))
        o.add("periodOfReport", d.periodOfReport.map { .string($0.text) })
        o.add("dateOfOriginalSubmission", d.dateOfOriginalSubmission.map { .string($0.text) })
        o.add("noSecuritiesOwned", d.noSecuritiesOwned.map(Value.bool))
        o.add("notSubjectToSection16", d.notSubjectToSection16.map(Value.bool))
        o.add("form3HoldingsReported", d.form3HoldingsReported.map(Value.bool))
        o.add("form4TransactionsReported", d.form4TransactionsReported.map(Value.bool))
        o.add("issuer", issuer(d.issuer))
        o.add("reportingOwner", .array(d.reportingOwner.map(owner)))
        o.add("aff10b5One", d.aff10b5One.map(Value.bool))
        o.add("nonDerivativeTable", d.nonDerivativeTable.map { t in
            .object([("nonDerivativeTransaction", .array(t.nonDerivativeTransaction.map { row(CanonicalRow($0), .nonDerivativeTransaction) })),
                     ("nonDerivativeHolding", .array(t.nonDerivativeHolding.map { row(CanonicalRow($0), .nonDerivativeHolding) }))])
        })
        o.add("derivativeTable", d.derivativeTable.map { t in
            .object([("derivativeTransaction", .array(t.derivativeTransaction.map { row(CanonicalRow($0), .derivativeTransaction) })),
                     ("derivativeHolding", .array(t.derivativeHolding.map { row(CanonicalRow($0), .derivativeHolding) }))])
        })
        o.add("footnotes", .array(d.footnotes.map { .object([("id", .string($0.id)), ("text", .string($0.text))]) }))
        o.add("remarks", d.remarks.map(Value.string))
        o.add("ownerSignature", .array(d.ownerSignature.map { s in
            var so: [(String, Value)] = []
            so.add("signatureName", s.signatureName.map(Value.string))
            so.add("signatureDate", s.signatureDate.map { .string($0.text) })
            return .object(so)
        }))
        return .object(o)
    }

    private static func issuer(_ i: Issuer) -> Value {
        var o: [(String, Value)] = []
        o.add("issuerCik", i.issuerCik.map(Value.string))
        o.add("issuerName", i.issuerName.map(Value.string))
        o.add("issuerTradingSymbol", i.issuerTradingSymbol.map(Value.string))
        o.add("issuerForeignTradingSymbol", i.issuerForeignTradingSymbol.map(Value.string))
        return .object(o)
    }

    private static func owner(_ r: ReportingOwner) -> Value {
        var id: [(String, Value)] = []
        id.add("rptOwnerCik", r.reportingOwnerId.rptOwnerCik.map(Value.string))
        id.add("rptOwnerCcc", r.reportingOwnerId.rptOwnerCcc.map(Value.string))
        id.add("rptOwnerName", r.reportingOwnerId.rptOwnerName.map(Value.string))
        var o: [(String, Value)] = [("reportingOwnerId", .object(id))]
        o.add("reportingOwnerAddress", r.reportingOwnerAddress.map { a in
            var ao: [(String, Value)] = []
            ao.add("rptOwnerStreet1", a.rptOwnerStreet1.map(Value.string))
            ao.add("rptOwnerStreet2", a.rptOwnerStreet2.map(Value.string))
            ao.add("rptOwnerCity", a.rptOwnerCity.map(Value.string))
            ao.add("rptOwnerState", a.rptOwnerState.map(Value.string))
            ao.add("rptOwnerZipCode", a.rptOwnerZipCode.map(Value.string))
            ao.add("rptOwnerStateDescription", a.rptOwnerStateDescription.map(Value.string))
            ao.add("rptOwnerGoodAddress", a.rptOwnerGoodAddress.map(Value.bool))
            return .object(ao)
        })
        let rel = r.reportingOwnerRelationship
        var ro: [(String, Value)] = []
        ro.add("isDirector", rel.isDirector.map(Value.bool))
        ro.add("isOfficer", rel.isOfficer.map(Value.bool))
        ro.add("isTenPercentOwner", rel.isTenPercentOwner.map(Value.bool))
        ro.add("isOther", rel.isOther.map(Value.bool))
        ro.add("officerTitle", rel.officerTitle.map(Value.string))
        ro.add("otherText", rel.otherText.map(Value.string))
        o.append(("reportingOwnerRelationship", .object(ro)))
        return .object(o)
    }

    private static func row(_ r: CanonicalRow, _ kind: CanonicalRowKind) -> Value {
        var o: [(String, Value)] = []
        o.add("securityTitle", r.securityTitle.map { footnoted($0, Value.string) })
        o.add("conversionOrExercisePrice", r.conversionOrExercisePrice.map { footnoted($0) { .string($0.text) } })
        o.add("transactionDate", r.transactionDate.map { footnoted($0) { .string($0.text) } })
        o.add("deemedExecutionDate", r.deemedExecutionDate.map { footnoted($0) { .string($0.text) } })
        o.add("transactionCoding", r.transactionCoding.map { c in
            var co: [(String, Value)] = []
            co.add("transactionFormType", c.transactionFormType.map(Value.string))
            co.add("transactionCode", c.transactionCode.map(Value.string))
            co.add("equitySwapInvolved", c.equitySwapInvolved.map(Value.bool))
            co.append(("footnoteId", .array(c.footnoteId.map(Value.string))))
            return .object(co)
        })
        o.add("transactionTimeliness", r.transactionTimeliness.map { footnoted($0, Value.string) })
        o.add("transactionAmounts", r.transactionAmounts.map { a in
            var ao: [(String, Value)] = []
            ao.add("transactionShares", a.transactionShares.map { footnoted($0) { .string($0.text) } })
            ao.add("transactionTotalValue", a.transactionTotalValue.map { footnoted($0) { .string($0.text) } })
            ao.add("transactionPricePerShare", a.transactionPricePerShare.map { footnoted($0) { .string($0.text) } })
            ao.add("transactionAcquiredDisposedCode", a.transactionAcquiredDisposedCode.map { footnoted($0, Value.string) })
            return .object(ao)
        })
        o.add("exerciseDate", r.exerciseDate.map { footnoted($0) { .string($0.text) } })
        o.add("expirationDate", r.expirationDate.map { footnoted($0) { .string($0.text) } })
        o.add("underlyingSecurity", r.underlyingSecurity.map { u in
            var uo: [(String, Value)] = []
            uo.add("underlyingSecurityTitle", u.underlyingSecurityTitle.map { footnoted($0, Value.string) })
            uo.add("underlyingSecurityShares", u.underlyingSecurityShares.map { footnoted($0) { .string($0.text) } })
            uo.add("underlyingSecurityValue", u.underlyingSecurityValue.map { footnoted($0) { .string($0.text) } })
            return .object(uo)
        })
        o.add("postTransactionAmounts", r.postTransactionAmounts.map { p in
            var po: [(String, Value)] = []
            po.add("sharesOwnedFollowingTransaction", p.sharesOwnedFollowingTransaction.map { footnoted($0) { .string($0.text) } })
            po.add("valueOwnedFollowingTransaction", p.valueOwnedFollowingTransaction.map { footnoted($0) { .string($0.text) } })
            return .object(po)
        })
        o.add("ownershipNature", r.ownershipNature.map { n in
            var no: [(String, Value)] = []
            no.add("directOrIndirectOwnership", n.directOrIndirectOwnership.map { footnoted($0, Value.string) })
            no.add("natureOfOwnership", n.natureOfOwnership.map { footnoted($0, Value.string) })
            return .object(no)
        })
        return .object(o)
    }

    /// `Footnoted` encodes `value` when present and `footnoteId` only when not empty.
    private static func footnoted<T>(_ f: Footnoted<T>, _ value: (T) -> Value) -> Value {
        var o: [(String, Value)] = []
        o.add("value", f.value.map(value))
        if !f.footnoteId.isEmpty { o.append(("footnoteId", .array(f.footnoteId.map(Value.string)))) }
        return .object(o)
    }
}

private extension Array where Element == (String, JSONRenderer.Value) {
    mutating func add(_ key: String, _ value: JSONRenderer.Value?) {
        if let value { append((key, value)) }
    }
}

/// The writer: two-space indentation, `"key" : value`, sorted keys, as Foundation prints them.
/// It works on UTF-8 bytes: appending scalar by scalar to a `String` cost more than all the rest.
private struct JSONText {
    var bytes: [UInt8] = []

    var out: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func indent(_ depth: Int) {
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    mutating func value(_ v: JSONRenderer.Value, depth: Int) {
        switch v {
        case .string(let s): string(s)
        case .bool(let b): b ? raw("true") : raw("false")
        case .array(let items):
            raw("[\n")
            if items.isEmpty { raw("\n") }
            for (i, item) in items.enumerated() {
                indent(depth + 1)
                value(item, depth: depth + 1)
                i + 1 < items.count ? raw(",\n") : raw("\n")
            }
            indent(depth)
            raw("]")
        case .object(let entries):
            raw("{\n")
            if entries.isEmpty { raw("\n") }
            let before: ((String, JSONRenderer.Value), (String, JSONRenderer.Value)) -> Bool = {
                $0.0.utf8.lexicographicallyPrecedes($1.0.utf8)
            }
            let isSorted = zip(entries, entries.dropFirst()).allSatisfy { before($0, $1) }
            let sorted = isSorted ? entries : entries.sorted(by: before)
            for (i, (key, item)) in sorted.enumerated() {
                indent(depth + 1)
                string(key)
                raw(" : ")
                value(item, depth: depth + 1)
                i + 1 < sorted.count ? raw(",\n") : raw("\n")
            }
            indent(depth)
            raw("}")
        }
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buffer in
            bytes.append(0x22)
            var plain = true
            for b in buffer where b < 0x20 || b == 0x22 || b == 0x5C {
                plain = false
                break
            }
            if plain {
                bytes.append(contentsOf: buffer)
            } else {
                for b in buffer { escaped(b) }
            }
            bytes.append(0x22)
        }
    }

    private mutating func escaped(_ b: UInt8) {
        switch b {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case 0..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            raw("\\u00")
            bytes.append(hex[Int(b >> 4)])
            bytes.append(hex[Int(b & 0xF)])
        default:
            bytes.append(b)
        }
    }
}
