import Foundation
import Form4Core
@testable import Form4Text

/// The property check of issue 3: generate a valid document, print it as
/// loose text in one style (random widths, wrapping, optional OCR noise),
/// encode it back with the right CIKs, and hold every critical field to
/// one law: exactly right, or reported by a diagnostic on that field, its
/// row, or the input lines it was printed on. A wrong value without a word
/// is the one outcome never allowed.
enum EncodeProperty {
    /// A style and whether OCR noise is laid over it.
    struct Variant: Sendable, Hashable, CustomStringConvertible {
        var style: LooseStyle
        var noise: Bool
        var description: String { noise ? "\(style)+ocr" : "\(style)" }

        static let all: [Variant] = LooseStyle.allCases.map { Variant(style: $0, noise: false) }
            + [Variant(style: .layout, noise: true), Variant(style: .boxDrawing, noise: true)]
    }

    /// One critical field that came back wrong.
    struct Miss: Sendable, CustomStringConvertible {
        var seed: UInt64
        var variant: Variant
        var field: String
        var expected: String?
        var got: String?
        var reported: Bool
        /// The noise pass changed this field's printed text.
        var damaged = false
        var description: String {
            "seed \(seed) style \(variant): \(field) expected \(expected.map { "\"\($0)\"" } ?? "nothing") got \(got.map { "\"\($0)\"" } ?? "nothing")"
                + (damaged ? " (printed text damaged by the OCR pass)" : "")
        }
    }

    /// Counts for one style.
    struct Tally: Sendable {
        var documents = 0
        var refused = 0
        var fields = 0
        var exact = 0
        var wrongReported = 0
        var silentlyWrong = 0
        var damaged = 0
        var silent: [Miss] = []

        var exactShare: Double { fields == 0 ? 0 : Double(exact) / Double(fields) }

        mutating func add(_ other: Tally) {
            documents += other.documents; refused += other.refused; fields += other.fields; exact += other.exact
            wrongReported += other.wrongReported; silentlyWrong += other.silentlyWrong; damaged += other.damaged
            silent += other.silent
        }
    }

    /// Renders, encodes and judges one document.
    static func check(seed: UInt64, _ variant: Variant) -> Tally {
        let truth = DocumentGenerator.document(seed: seed)
        let rendering = LooseRenderer.render(truth, style: variant.style, seed: seed, noise: variant.noise)
        var tally = Tally()
        tally.documents = 1
        tally.damaged = rendering.damaged.count
        let expected = criticalFields(truth)
        let options = EncodeOptions(issuerCik: truth.issuer.issuerCik,
                                    ownerCiks: truth.reportingOwner.compactMap(\.reportingOwnerId.rptOwnerCik))
        let input = InputFile(name: "seed-\(seed).\(variant).txt", bytes: Array(rendering.text.utf8))
        let result: EncodeResult
        do {
            result = try FormEncoder.encode(input, options: options)
        } catch {
            // Refused with an error: nothing was written, so nothing is silently wrong.
            tally.refused = 1
            tally.fields = expected.count
            tally.wrongReported = expected.count
            return tally
        }
        let rows = alignRows(result, rendering)
        let got = Dictionary(criticalFields(result.document, footnoteOrder: truth.footnotes.map(\.id)).map { (rename($0.key, rows), $0.value) },
                             uniquingKeysWith: { a, _ in a })
        let doubts = result.diagnostics.filter { $0.severity >= .warning }.map { d -> Diagnostic in
            var d = d
            d.path = d.path.map { rename($0, rows) }
            return d
        }
        for key in Set(expected.keys).union(got.keys).sorted() {
            tally.fields += 1
            if expected[key] == got[key] { tally.exact += 1; continue }
            let reported = isReported(key, footnote: expected[key] ?? got[key], doubts, rendering)
            if reported { tally.wrongReported += 1 } else {
                tally.silentlyWrong += 1
                let field = key.hasSuffix("/footnoteId") ? String(key.dropLast("/footnoteId".count)) : key
                tally.silent.append(Miss(seed: seed, variant: variant, field: key, expected: expected[key], got: got[key], reported: false,
                                         damaged: rendering.damaged.contains(field)))
            }
        }
        return tally
    }

    /// Runs `seeds` through every variant given.
    static func run(_ seeds: some Sequence<UInt64>, _ variant: Variant) -> Tally {
        var total = Tally()
        for seed in seeds { total.add(check(seed: seed, variant)) }
        return total
    }

    // MARK: - Which printed row an encoded row came from

    /// Maps each table row the encoder produced (`…/nonDerivativeHolding[1]`)
    /// to the printed row its values were read from, by the input lines the
    /// encoder's source map gives. So a row lost or split early in a table
    /// does not make every later, correctly read row count as wrong: each
    /// encoded row is judged against the row it was actually read from.
    /// Rows read from no printed row (or a second time from the same one)
    /// keep a name of their own, so all their values count as wrong.
    static func alignRows(_ result: EncodeResult, _ rendering: LooseRendering) -> [String: String] {
        var linesOf: [String: [Int]] = [:]
        for (path, location) in result.sourceMap.locations where location.line > 0 {
            let row = owner(of: path)
            guard isTableRow(row) else { continue }
            linesOf[row, default: []].append(location.line)
        }
        let printed = rendering.lines.filter { isTableRow($0.key) }
        var map: [String: String] = [:]
        var claimed: Set<String> = []
        for row in linesOf.keys.sorted(by: { (linesOf[$0]!.min()!, $0) < (linesOf[$1]!.min()!, $1) }) {
            let table = row.contains("/derivativeTable/") ? "/derivativeTable/" : "/nonDerivativeTable/"
            var best: (String, Int)?
            for (candidate, range) in printed where candidate.contains(table) {
                let hits = linesOf[row]!.filter { range.contains($0) }.count
                if hits > 0, hits > (best?.1 ?? 0) || (hits == best?.1 && candidate < best!.0) { best = (candidate, hits) }
            }
            if let (target, _) = best, !claimed.contains(target) {
                map[row] = target
                claimed.insert(target)
            } else {
                map[row] = row.replacingOccurrences(of: "[", with: "[unmatched ")
            }
        }
        return map
    }

    static func isTableRow(_ path: String) -> Bool {
        path.hasSuffix("]") && (path.contains("Transaction[") || path.contains("Holding["))
    }

    /// `path` with its encoded row replaced by the printed row it was read from.
    static func rename(_ path: String, _ rows: [String: String]) -> String {
        let row = owner(of: path)
        guard isTableRow(row), let target = rows[row] else { return path }
        return target + path.dropFirst(row.count)
    }

    // MARK: - The law's "reported"

    /// The element a field belongs to: its table row, its footnote, or the field itself in the header.
    static func owner(of key: String) -> String {
        for marker in ["Transaction[", "Holding[", "footnote["] {
            if let r = key.range(of: marker), let close = key[r.upperBound...].firstIndex(of: "]") {
                return String(key[...close])
            }
        }
        return key.hasSuffix("/footnoteId") ? String(key.dropLast("/footnoteId".count)) : key
    }

    static func isReported(_ key: String, footnote: String? = nil, _ diagnostics: [Diagnostic], _ rendering: LooseRendering) -> Bool {
        let row = owner(of: key)
        let field = key.hasSuffix("/footnoteId") ? String(key.dropLast("/footnoteId".count)) : key
        let lines = [rendering.lines[row], rendering.lines[field]].compactMap { $0 }
        // A lost footnote text is reported by naming its number.
        let number = key.contains("/footnotes/footnote[") ? footnote.flatMap { v in
            v.split(separator: ":").first.map { String($0.drop(while: { $0 == "F" })) } } : nil
        return diagnostics.contains { d in
            if let p = d.path, p == field || p == row || p.hasPrefix(row + "/") { return true }
            if let number, d.message.contains("footnote \(number) ") || d.message.contains("(\(number))") { return true }
            if let line = d.location?.line, line > 0, lines.contains(where: { $0.contains(line) }) { return true }
            return false
        }
    }

    // MARK: - Critical fields

    /// Amounts, prices, dates, codes, A/D, D/I, the footnote references of
    /// every field, and the footnote texts (white space folded: a printed
    /// form re-wraps them), keyed by XPath. An empty field is no key at all.
    /// Footnotes are keyed by their position in the original (`footnoteOrder`)
    /// so one lost footnote does not make every later one wrong.
    static func criticalFields(_ d: OwnershipDocument, footnoteOrder: [String]? = nil) -> [String: String] {
        var out: [String: String] = [:]
        func put(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { out[key] = value }
        }
        func notes(_ key: String, _ ids: [String]?) {
            if let ids, !ids.isEmpty { out[key + "/footnoteId"] = ids.joined(separator: " ") }
        }
        func decimal(_ key: String, _ f: Footnoted<DecimalText>?) { put(key, f?.value?.text); notes(key, f?.footnoteId) }
        func date(_ key: String, _ f: Footnoted<DateText>?) { put(key, f?.value?.isoDate); notes(key, f?.footnoteId) }
        func code(_ key: String, _ f: Footnoted<String>?) { put(key, f?.value); notes(key, f?.footnoteId) }
        func coding(_ row: String, _ c: TransactionCoding?, withCode: Bool) {
            if withCode { put(row + "/transactionCoding/transactionCode", c?.transactionCode) }
            notes(row + "/transactionCoding", c?.footnoteId)
        }
        /// A shares-or-money pair. Given by footnotes alone, the printed form
        /// does not show which of the two it is, so only the footnotes count.
        func pair(_ base: String, _ a: String, _ x: Footnoted<DecimalText>?, _ b: String, _ y: Footnoted<DecimalText>?) {
            if x?.value == nil && y?.value == nil {
                notes(base + "/(\(a) or \(b))", (x?.footnoteId ?? []) + (y?.footnoteId ?? []))
                return
            }
            decimal(base + "/" + a, x)
            decimal(base + "/" + b, y)
        }
        func amounts(_ row: String, _ a: TransactionAmounts?) {
            let base = row + "/transactionAmounts"
            var a = a
            if row.contains("/derivativeTable/"), var ad = a?.transactionAcquiredDisposedCode, !ad.footnoteId.isEmpty {
                // Table II has no A/D column: the code's marks print after the
                // amount, where nothing tells them from the amount's own.
                if a?.transactionShares != nil || a?.transactionTotalValue == nil {
                    var shares = a?.transactionShares ?? Footnoted(nil)
                    shares.footnoteId += ad.footnoteId
                    a?.transactionShares = shares
                } else {
                    a?.transactionTotalValue?.footnoteId += ad.footnoteId
                }
                ad.footnoteId = []
                a?.transactionAcquiredDisposedCode = ad
            }
            pair(base, "transactionShares", a?.transactionShares, "transactionTotalValue", a?.transactionTotalValue)
            decimal(base + "/transactionPricePerShare", a?.transactionPricePerShare)
            code(base + "/transactionAcquiredDisposedCode", a?.transactionAcquiredDisposedCode)
        }
        func post(_ row: String, _ p: PostTransactionAmounts?) {
            pair(row + "/postTransactionAmounts", "sharesOwnedFollowingTransaction", p?.sharesOwnedFollowingTransaction,
                 "valueOwnedFollowingTransaction", p?.valueOwnedFollowingTransaction)
        }
        func nature(_ row: String, _ title: Footnoted<String>?, _ n: OwnershipNature?) {
            notes(row + "/securityTitle", title?.footnoteId)
            code(row + "/ownershipNature/directOrIndirectOwnership", n?.directOrIndirectOwnership)
            notes(row + "/ownershipNature/natureOfOwnership", n?.natureOfOwnership?.footnoteId)
        }
        func underlying(_ row: String, _ u: UnderlyingSecurity?) {
            let base = row + "/underlyingSecurity"
            notes(base + "/underlyingSecurityTitle", u?.underlyingSecurityTitle?.footnoteId)
            pair(base, "underlyingSecurityShares", u?.underlyingSecurityShares, "underlyingSecurityValue", u?.underlyingSecurityValue)
        }
        let root = "/ownershipDocument"
        put(root + "/periodOfReport", d.periodOfReport?.isoDate)
        put(root + "/dateOfOriginalSubmission", d.dateOfOriginalSubmission?.isoDate)
        let t1 = d.nonDerivativeTable ?? NonDerivativeTable()
        for (k, r) in t1.nonDerivativeTransaction.enumerated() {
            let row = "\(root)/nonDerivativeTable/nonDerivativeTransaction[\(k + 1)]"
            date(row + "/transactionDate", r.transactionDate)
            date(row + "/deemedExecutionDate", r.deemedExecutionDate)
            coding(row, r.transactionCoding, withCode: true)
            amounts(row, r.transactionAmounts)
            post(row, r.postTransactionAmounts)
            nature(row, r.securityTitle, r.ownershipNature)
        }
        for (k, r) in t1.nonDerivativeHolding.enumerated() {
            let row = "\(root)/nonDerivativeTable/nonDerivativeHolding[\(k + 1)]"
            coding(row, r.transactionCoding, withCode: false)
            post(row, r.postTransactionAmounts)
            nature(row, r.securityTitle, r.ownershipNature)
        }
        let t2 = d.derivativeTable ?? DerivativeTable()
        for (k, r) in t2.derivativeTransaction.enumerated() {
            let row = "\(root)/derivativeTable/derivativeTransaction[\(k + 1)]"
            decimal(row + "/conversionOrExercisePrice", r.conversionOrExercisePrice)
            date(row + "/transactionDate", r.transactionDate)
            date(row + "/deemedExecutionDate", r.deemedExecutionDate)
            coding(row, r.transactionCoding, withCode: true)
            amounts(row, r.transactionAmounts)
            date(row + "/exerciseDate", r.exerciseDate)
            date(row + "/expirationDate", r.expirationDate)
            underlying(row, r.underlyingSecurity)
            post(row, r.postTransactionAmounts)
            nature(row, r.securityTitle, r.ownershipNature)
        }
        for (k, r) in t2.derivativeHolding.enumerated() {
            let row = "\(root)/derivativeTable/derivativeHolding[\(k + 1)]"
            decimal(row + "/conversionOrExercisePrice", r.conversionOrExercisePrice)
            coding(row, r.transactionCoding, withCode: false)
            date(row + "/exerciseDate", r.exerciseDate)
            date(row + "/expirationDate", r.expirationDate)
            underlying(row, r.underlyingSecurity)
            // Form 3's Table II has no column for an amount owned: the printed form cannot hold it.
            if d.type?.baseForm != 3 { post(row, r.postTransactionAmounts) }
            nature(row, r.securityTitle, r.ownershipNature)
        }
        let order = footnoteOrder ?? d.footnotes.map(\.id)
        for f in d.footnotes {
            let index = order.firstIndex(of: f.id).map { "\($0 + 1)" } ?? "id=\(f.id)"
            put("\(root)/footnotes/footnote[\(index)]", f.id + ": " + folded(f.text))
        }
        return out
    }

    /// White space runs folded to one space, ends trimmed.
    static func folded(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    // MARK: - Report

    static func table(_ rows: [(Variant, Tally)]) -> String {
        func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        var out = "style            docs refused  fields  exact%  wrong-reported  silently-wrong  ocr-damaged\n"
        for (v, t) in rows {
            let share = String(format: "%.2f", t.exactShare * 100)
            out += v.description.padding(toLength: 16, withPad: " ", startingAt: 0) + pad("\(t.documents)", 5) + pad("\(t.refused)", 8)
                + pad("\(t.fields)", 8) + pad(share, 8) + pad("\(t.wrongReported)", 16) + pad("\(t.silentlyWrong)", 16)
                + pad("\(t.damaged)", 13) + "\n"
        }
        return out
    }
}
