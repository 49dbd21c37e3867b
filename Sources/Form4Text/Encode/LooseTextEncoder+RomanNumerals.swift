import Form4Core

extension LooseTextEncoder {
    /// OCR reads the Roman numeral II as "Il" ("CORVID Il LP", "Tamarack Grove
    /// Il, LLC"). Where the text's own "Table II" heading came out as "Table Il",
    /// this scan made that mistake, so a word "Il" after another word in a
    /// name, title or footnote is read as II, each field reported once. Text
    /// that spells its headings right keeps every "Il" as written.
    mutating func readRomanNumerals(_ d: inout OwnershipDocument, heading: LooseLine?) {
        guard let heading, LooseTextEncoder.hasMisreadTableII(heading.plain) else { return }
        let root = LooseTextEncoder.root
        let map = SourceMap(locations: sources)
        func fix(_ s: inout String?, _ path: String) {
            guard let text = s, let fixed = LooseTextEncoder.romanII(text) else { return }
            s = fixed
            let at = map.nearest(path)
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: "'Il' read as 'II' in '\(fixed)' (this scan read the heading 'Table II' as 'Table Il')",
                                          line: at?.line ?? 0, column: at?.column ?? 0, path: path))
        }
        func fix(_ f: inout Footnoted<String>?, _ path: String) {
            guard f != nil else { return }
            fix(&f!.value, path)
        }
        func fix(_ n: inout OwnershipNature?, _ row: String) {
            guard n != nil else { return }
            fix(&n!.natureOfOwnership, "\(row)/ownershipNature/natureOfOwnership")
        }
        func fix(_ u: inout UnderlyingSecurity?, _ row: String) {
            guard u != nil else { return }
            fix(&u!.underlyingSecurityTitle, "\(row)/underlyingSecurity/underlyingSecurityTitle")
        }
        fix(&d.issuer.issuerName, "\(root)/issuer/issuerName")
        for k in d.reportingOwner.indices {
            let p = "\(root)/reportingOwner[\(k + 1)]"
            fix(&d.reportingOwner[k].reportingOwnerId.rptOwnerName, "\(p)/reportingOwnerId/rptOwnerName")
            fix(&d.reportingOwner[k].reportingOwnerRelationship.officerTitle, "\(p)/reportingOwnerRelationship/officerTitle")
            fix(&d.reportingOwner[k].reportingOwnerRelationship.otherText, "\(p)/reportingOwnerRelationship/otherText")
        }
        if var t = d.nonDerivativeTable {
            for k in t.nonDerivativeTransaction.indices {
                let p = "\(root)/nonDerivativeTable/nonDerivativeTransaction[\(k + 1)]"
                fix(&t.nonDerivativeTransaction[k].securityTitle, "\(p)/securityTitle")
                fix(&t.nonDerivativeTransaction[k].ownershipNature, p)
            }
            for k in t.nonDerivativeHolding.indices {
                let p = "\(root)/nonDerivativeTable/nonDerivativeHolding[\(k + 1)]"
                fix(&t.nonDerivativeHolding[k].securityTitle, "\(p)/securityTitle")
                fix(&t.nonDerivativeHolding[k].ownershipNature, p)
            }
            d.nonDerivativeTable = t
        }
        if var t = d.derivativeTable {
            for k in t.derivativeTransaction.indices {
                let p = "\(root)/derivativeTable/derivativeTransaction[\(k + 1)]"
                fix(&t.derivativeTransaction[k].securityTitle, "\(p)/securityTitle")
                fix(&t.derivativeTransaction[k].underlyingSecurity, p)
                fix(&t.derivativeTransaction[k].ownershipNature, p)
            }
            for k in t.derivativeHolding.indices {
                let p = "\(root)/derivativeTable/derivativeHolding[\(k + 1)]"
                fix(&t.derivativeHolding[k].securityTitle, "\(p)/securityTitle")
                fix(&t.derivativeHolding[k].underlyingSecurity, p)
                fix(&t.derivativeHolding[k].ownershipNature, p)
            }
            d.derivativeTable = t
        }
        for k in d.footnotes.indices {
            var text: String? = d.footnotes[k].text
            fix(&text, "\(root)/footnotes/footnote[\(k + 1)]")
            d.footnotes[k].text = text ?? d.footnotes[k].text
        }
        fix(&d.remarks, "\(root)/remarks")
        for k in d.ownerSignature.indices {
            fix(&d.ownerSignature[k].signatureName, "\(root)/ownerSignature[\(k + 1)]")
        }

    }

    /// "Table Il" with the numeral's word ending there (any case of "table").
    static func hasMisreadTableII(_ line: String) -> Bool {
        let b = line.utf8.span
        let want = Array("able Il".utf8)
        guard b.count >= want.count else { return false }
        for i in 0...(b.count - want.count) where b[i] == want[0] {
            guard (0..<want.count).allSatisfy({ b[i + $0] == want[$0] }) else { continue }
            let end = i + want.count
            if end == b.count || [0x20, 0x2D, 0x3A].contains(b[end]) { return true }
        }
        return false
    }

    /// The text with each word "Il" that follows another word (and may carry
    /// trailing punctuation) written "II"; nil when there is none.
    static func romanII(_ text: String) -> String? {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for k in words.indices.dropFirst() where !words[k - 1].isEmpty {
            var w = Substring(words[k])
            var tail = ""
            while let c = w.last, ",.;:)".contains(c) { tail = String(c) + tail; w = w.dropLast() }
            if w == "Il" {
                words[k] = "II" + tail
                changed = true
            }
        }
        return changed ? words.joined(separator: " ") : nil
    }
}
