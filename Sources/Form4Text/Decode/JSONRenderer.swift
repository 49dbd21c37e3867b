import Form4Core
import LibXML

/// The project's JSON of a document, written by hand.
///
/// Byte for byte what `JSONEncoder` with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]` writes for the `Codable` model (a test holds the
/// two equal on every corpus and generated document), at a fraction of the
/// cost. The document is streamed straight into UTF-8 bytes, keys written in
/// the order `.sortedKeys` gives them: an intermediate tree of values cost
/// more to build and free than parsing the XML did.
public enum JSONRenderer {
    public static func json(_ d: OwnershipDocument) -> String {
        String(decoding: bytes(d), as: UTF8.self)
    }

    /// The JSON as UTF-8 bytes, ready to be written to a file.
    public static func bytes(_ d: OwnershipDocument) -> [UInt8] {
        var w = JSONStream()
        document(d, &w)
        w.raw("\n")
        return w.bytes.array
    }

    // Keys inside each object below are in UTF-8 order, as `.sortedKeys` writes
    // them; `JSONStream.key` checks the order in debug builds.

    private static func document(_ d: OwnershipDocument, _ w: inout JSONStream) {
        w.beginObject()
        w.field("aff10b5One", d.aff10b5One)
        w.field("dateOfOriginalSubmission", d.dateOfOriginalSubmission?.text)
        if let t = d.derivativeTable {
            w.key("derivativeTable")
            w.beginObject()
            w.key("derivativeHolding")
            w.array(t.derivativeHolding) { row($0, &$1) }
            w.key("derivativeTransaction")
            w.array(t.derivativeTransaction) { row($0, &$1) }
            w.endObject()
        }
        w.field("documentType", d.documentType)
        w.key("footnotes")
        w.array(d.footnotes) { f, w in
            w.beginObject()
            w.field("id", f.id)
            w.field("text", f.text)
            w.endObject()
        }
        w.field("form3HoldingsReported", d.form3HoldingsReported)
        w.field("form4TransactionsReported", d.form4TransactionsReported)
        w.key("issuer")
        issuer(d.issuer, &w)
        w.field("noSecuritiesOwned", d.noSecuritiesOwned)
        if let t = d.nonDerivativeTable {
            w.key("nonDerivativeTable")
            w.beginObject()
            w.key("nonDerivativeHolding")
            w.array(t.nonDerivativeHolding) { row($0, &$1) }
            w.key("nonDerivativeTransaction")
            w.array(t.nonDerivativeTransaction) { row($0, &$1) }
            w.endObject()
        }
        w.field("notSubjectToSection16", d.notSubjectToSection16)
        w.key("ownerSignature")
        w.array(d.ownerSignature) { s, w in
            w.beginObject()
            w.field("signatureDate", s.signatureDate?.text)
            w.field("signatureName", s.signatureName)
            w.endObject()
        }
        w.field("periodOfReport", d.periodOfReport?.text)
        w.field("remarks", d.remarks)
        w.key("reportingOwner")
        w.array(d.reportingOwner) { owner($0, &$1) }
        w.field("schemaVersion", d.schemaVersion)
        w.endObject()
    }

    private static func issuer(_ i: Issuer, _ w: inout JSONStream) {
        w.beginObject()
        w.field("issuerCik", i.issuerCik)
        w.field("issuerForeignTradingSymbol", i.issuerForeignTradingSymbol)
        w.field("issuerName", i.issuerName)
        w.field("issuerTradingSymbol", i.issuerTradingSymbol)
        w.endObject()
    }

    private static func owner(_ r: ReportingOwner, _ w: inout JSONStream) {
        w.beginObject()
        if let a = r.reportingOwnerAddress {
            w.key("reportingOwnerAddress")
            w.beginObject()
            w.field("rptOwnerCity", a.rptOwnerCity)
            w.field("rptOwnerGoodAddress", a.rptOwnerGoodAddress)
            w.field("rptOwnerState", a.rptOwnerState)
            w.field("rptOwnerStateDescription", a.rptOwnerStateDescription)
            w.field("rptOwnerStreet1", a.rptOwnerStreet1)
            w.field("rptOwnerStreet2", a.rptOwnerStreet2)
            w.field("rptOwnerZipCode", a.rptOwnerZipCode)
            w.endObject()
        }
        let id = r.reportingOwnerId
        w.key("reportingOwnerId")
        w.beginObject()
        w.field("rptOwnerCcc", id.rptOwnerCcc)
        w.field("rptOwnerCik", id.rptOwnerCik)
        w.field("rptOwnerName", id.rptOwnerName)
        w.endObject()
        let rel = r.reportingOwnerRelationship
        w.key("reportingOwnerRelationship")
        w.beginObject()
        w.field("isDirector", rel.isDirector)
        w.field("isOfficer", rel.isOfficer)
        w.field("isOther", rel.isOther)
        w.field("isTenPercentOwner", rel.isTenPercentOwner)
        w.field("officerTitle", rel.officerTitle)
        w.field("otherText", rel.otherText)
        w.endObject()
        w.endObject()
    }

    /// Every row kind is written by one function, specialized for each kind:
    /// fields a kind lacks read as nil and are left out. (Converting each row to
    /// the superset row first copied every field of every row.)
    private static func row<R: JSONRowFields>(_ r: R, _ w: inout JSONStream) {
        w.beginObject()
        w.footnoted("conversionOrExercisePrice", r.conversionOrExercisePrice) { $0.text }
        w.footnoted("deemedExecutionDate", r.deemedExecutionDate) { $0.text }
        w.footnoted("exerciseDate", r.exerciseDate) { $0.text }
        w.footnoted("expirationDate", r.expirationDate) { $0.text }
        if let n = r.ownershipNature {
            w.key("ownershipNature")
            w.beginObject()
            w.footnoted("directOrIndirectOwnership", n.directOrIndirectOwnership) { $0 }
            w.footnoted("natureOfOwnership", n.natureOfOwnership) { $0 }
            w.endObject()
        }
        if let p = r.postTransactionAmounts {
            w.key("postTransactionAmounts")
            w.beginObject()
            w.footnoted("sharesOwnedFollowingTransaction", p.sharesOwnedFollowingTransaction) { $0.text }
            w.footnoted("valueOwnedFollowingTransaction", p.valueOwnedFollowingTransaction) { $0.text }
            w.endObject()
        }
        w.footnoted("securityTitle", r.securityTitle) { $0 }
        if let a = r.transactionAmounts {
            w.key("transactionAmounts")
            w.beginObject()
            w.footnoted("transactionAcquiredDisposedCode", a.transactionAcquiredDisposedCode) { $0 }
            w.footnoted("transactionPricePerShare", a.transactionPricePerShare) { $0.text }
            w.footnoted("transactionShares", a.transactionShares) { $0.text }
            w.footnoted("transactionTotalValue", a.transactionTotalValue) { $0.text }
            w.endObject()
        }
        if let c = r.transactionCoding {
            w.key("transactionCoding")
            w.beginObject()
            w.field("equitySwapInvolved", c.equitySwapInvolved)
            w.key("footnoteId")
            w.array(c.footnoteId) { $1.string($0) }
            w.field("transactionCode", c.transactionCode)
            w.field("transactionFormType", c.transactionFormType)
            w.endObject()
        }
        w.footnoted("transactionDate", r.transactionDate) { $0.text }
        w.footnoted("transactionTimeliness", r.transactionTimeliness) { $0 }
        if let u = r.underlyingSecurity {
            w.key("underlyingSecurity")
            w.beginObject()
            w.footnoted("underlyingSecurityShares", u.underlyingSecurityShares) { $0.text }
            w.footnoted("underlyingSecurityTitle", u.underlyingSecurityTitle) { $0 }
            w.footnoted("underlyingSecurityValue", u.underlyingSecurityValue) { $0.text }
            w.endObject()
        }
        w.endObject()
    }
}

/// Pretty JSON as Foundation prints it (two-space indentation, `"key" : value`,
/// an empty container as an opening bracket, a blank line and the closing one),
/// appended to UTF-8 bytes as the renderer walks the document.
struct JSONStream: ~Copyable {
    var bytes = ByteBuffer(capacity: 8192)
    /// Entries written so far in each open container, innermost last.
    private var counts: [Int] = []
    #if DEBUG
    /// The last key of each open object, to catch a key written out of order.
    private var lastKeys: [String] = []
    #endif

    mutating func raw(_ s: StaticString) {
        bytes.append(s)
    }

    mutating func beginObject() {
        bytes.append(0x7B)
        counts.append(0)
        #if DEBUG
        lastKeys.append("")
        #endif
    }

    mutating func endObject() {
        #if DEBUG
        lastKeys.removeLast()
        #endif
        close(0x7D)
    }

    /// `"key" : `, after the separator and indentation the entry needs.
    mutating func key(_ k: StaticString) {
        #if DEBUG
        let name = k.description
        precondition(lastKeys.last!.utf8.lexicographicallyPrecedes(name.utf8) || lastKeys.last!.isEmpty,
                     "JSON key \(name) written after \(lastKeys.last!)")
        lastKeys[lastKeys.count - 1] = name
        #endif
        entry()
        bytes.append(0x22)
        bytes.append(k)
        bytes.append(0x22)
        bytes.append(0x20)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    mutating func array<C: Collection>(_ items: C, _ element: (C.Element, inout JSONStream) -> Void) {
        bytes.append(0x5B)
        counts.append(0)
        for item in items {
            entry()
            element(item, &self)
        }
        close(0x5D)
    }

    mutating func field(_ k: StaticString, _ value: String?) {
        guard let value else { return }
        key(k)
        string(value)
    }

    mutating func field(_ k: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(k)
        value ? raw("true") : raw("false")
    }

    /// `Footnoted` encodes `value` when present and `footnoteId` only when not empty.
    mutating func footnoted<T>(_ k: StaticString, _ f: Footnoted<T>?, _ text: (T) -> String) {
        guard let f else { return }
        key(k)
        beginObject()
        if !f.footnoteId.isEmpty {
            key("footnoteId")
            array(f.footnoteId) { $1.string($0) }
        }
        field("value", f.value.map(text))
        endObject()
    }

    mutating func string(_ s: String) {
        let buffer = s.utf8.span
        bytes.append(0x22)
        if Self.isPlain(buffer) {
            bytes.append(bytes: buffer)
        } else {
            for i in buffer.indices { escaped(buffer[i]) }
        }
        bytes.append(0x22)
    }

    /// Whether no byte needs escaping (a control character, a quote or a backslash).
    /// Eight bytes at a time: with `ones` = 0x01 in every byte, `(x - ones * n) & ~x`
    /// has a byte's top bit set for some byte below `n` exactly when there is one
    /// (the exact "has less" test; a byte equal to `c` is a zero byte of `x ^ ones * c`).
    private static func isPlain(_ buffer: Span<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        do {
            while i + 8 <= buffer.count {
                let x = buffer.word(at: i)
                let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
                let flags = ((x &- ones &* 0x20) & ~x)
                    | ((quote &- ones) & ~quote)
                    | ((backslash &- ones) & ~backslash)
                if flags & high != 0 { return false }
                i += 8
            }
        }
        while i < buffer.count {
            let b = buffer[i]
            if b < 0x20 || b == 0x22 || b == 0x5C { return false }
            i += 1
        }
        return true
    }

    /// The separator and the new line, indented, that every entry starts with.
    private mutating func entry() {
        let last = counts.count - 1
        if counts[last] > 0 { bytes.append(0x2C) }
        counts[last] += 1
        newline(indent: counts.count)
    }

    /// Closes a container; an empty one keeps Foundation's blank line.
    private mutating func close(_ bracket: UInt8) {
        if counts.removeLast() == 0 { bytes.append(0x0A) }
        newline(indent: counts.count)
        bytes.append(bracket)
    }

    /// A line feed and `depth` levels of two spaces, in one copy.
    private mutating func newline(indent depth: Int) {
        bytes.reserve(1 + 2 * depth)
        bytes.append(0x0A)
        bytes.append(spaces: 2 * depth)
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
            let hex: StaticString = "0123456789abcdef"
            raw("\\u00")
            hex.withByteSpan { h in
                bytes.append(h[Int(b >> 4)])
                bytes.append(h[Int(b & 0xF)])
            }
        default:
            bytes.append(b)
        }
    }
}
