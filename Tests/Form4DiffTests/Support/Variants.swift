import Form4Core
import Foundation

/// Form-only variants of a document: each says exactly what the original says.
enum FormVariants {
    /// `1.5` → `1.50`, `37400` → `37400.000`: trailing zeros added to every number.
    static func paddedDecimals(_ d: OwnershipDocument) -> OwnershipDocument {
        ModelRewriter(decimal: { n in DecimalText(n.text.contains(".") ? n.text + "0" : n.text + ".000") ?? n })
            .rewrite(d)
    }

    /// Footnotes renumbered consistently: the ids reversed (F1 ↔ Fn), the list reordered.
    static func renumberedFootnotes(_ d: OwnershipDocument) -> OwnershipDocument {
        let ids = d.footnotes.map(\.id)
        var map: [String: String] = [:]
        for (i, id) in ids.enumerated() { map[id] = ids[ids.count - 1 - i] }
        var r = ModelRewriter(footnoteId: { map[$0] ?? $0 }).rewrite(d)
        r.footnotes.reverse()
        return r
    }

    /// Every table's rows in another order (reversed, then rotated by `seed`).
    static func shuffledRows(_ d: OwnershipDocument, seed: Int = 1) -> OwnershipDocument {
        func shuffle<T>(_ a: [T]) -> [T] {
            guard a.count > 1 else { return a }
            let reversed = Array(a.reversed())
            let k = seed % a.count
            return Array(reversed[k...] + reversed[..<k])
        }
        var r = d
        r.nonDerivativeTable?.nonDerivativeTransaction = shuffle(d.nonDerivativeTable?.nonDerivativeTransaction ?? [])
        r.nonDerivativeTable?.nonDerivativeHolding = shuffle(d.nonDerivativeTable?.nonDerivativeHolding ?? [])
        r.derivativeTable?.derivativeTransaction = shuffle(d.derivativeTable?.derivativeTransaction ?? [])
        r.derivativeTable?.derivativeHolding = shuffle(d.derivativeTable?.derivativeHolding ?? [])
        return r
    }

    /// XML text with every line's indentation replaced by tabs, doubled.
    static func reindented(_ xml: String) -> String {
        xml.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let body = line.drop { $0 == " " || $0 == "\t" }
            let depth = (line.count - body.count) / 2
            return String(repeating: "\t", count: depth) + body
        }.joined(separator: "\n")
    }

    static let booleanElements = [
        "noSecuritiesOwned", "notSubjectToSection16", "form3HoldingsReported", "form4TransactionsReported",
        "isDirector", "isOfficer", "isTenPercentOwner", "isOther", "aff10b5One", "equitySwapInvolved",
        "rptOwnerGoodAddress",
    ]

    /// XML text with booleans respelled: `1` ↔ `true`, `0` ↔ `false`.
    static func respelledBooleans(_ xml: String) -> String {
        var s = xml
        for e in booleanElements {
            for (a, b) in [("1", "true"), ("0", "false")] {
                let marker = "\u{1}"
                s = s.replacingOccurrences(of: "<\(e)>\(a)</\(e)>", with: "<\(e)>\(marker)\(b)</\(e)>")
                s = s.replacingOccurrences(of: "<\(e)>\(b)</\(e)>", with: "<\(e)>\(a)</\(e)>")
                s = s.replacingOccurrences(of: "<\(e)>\(marker)\(b)</\(e)>", with: "<\(e)>\(b)</\(e)>")
            }
        }
        return s
    }
}

