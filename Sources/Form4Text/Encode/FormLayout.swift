/// Where the parts of a printed Form 3, 4 or 5 are in a loose text: the
/// header boxes, the two tables, the explanation of responses, remarks,
/// the reporting owners table and the signatures.
struct FormLayout: Sendable {
    /// 3, 4 or 5.
    var form: Int
    var formLine: Int?
    var headerRange: Range<Int>
    var tableI: Range<Int>?
    var tableII: Range<Int>?
    var explanation: Range<Int>?
    var tail: Range<Int>

    /// Finds the parts, or nil when the text is not a Form 3, 4 or 5.
    static func find(in lines: [LooseLine]) -> FormLayout? {
        var form: Int? = nil
        var formLine: Int? = nil
        var tableI: Int? = nil
        var tableII: Int? = nil
        var explanation: Int? = nil
        var ends: [Int] = []
        var evidence = 0
        for (i, line) in lines.enumerated() {
            let p = line.plain
            if p.isEmpty { continue }
            if form == nil, i < 60 {
                if let f = formNumber(in: p) { form = f; formLine = i }
            }
            let found = Landmark.phrases.allMatches(in: p)
            func has(_ m: Landmark) -> Bool { found & (1 << UInt64(m.rawValue)) != 0 }
            if let n = tableNumber(in: p) {
                if n == 2 {
                    if tableII == nil, tableI != nil || has(.derivative) { tableII = i }
                } else if tableI == nil, has(.derivative) || has(.derivativeUpper) {
                    tableI = i
                }
            }
            if explanation == nil, has(.explanation) { explanation = i }
            if has(.statementOfChanges) || has(.statementOfOwnership) || has(.statementOfChangesTitle) { evidence += 1 }
            if has(.nameAndAddress) { evidence += 1 }
            if has(.signature) { ends.append(i) }
        }
        guard let tI = tableI, evidence > 0 || tableII != nil else { return nil }
        let f: Int
        if let form { f = form } else {
            let top = lines.prefix(40).map(\.plain).joined(separator: " ")
            if top.has("INITIAL STATEMENT") { f = 3 }
            else if top.has("ANNUAL STATEMENT") { f = 5 }
            else { f = 4 }
        }
        let tIIEnd = explanation ?? (ends.first ?? lines.count)
        let tIEnd = tableII ?? tIIEnd
        let tII = tableII.map { ($0 + 1)..<max($0 + 1, tIIEnd) }
        let exp = explanation.map { ($0 + 1)..<lines.count }
        let tailStart = tII?.upperBound ?? tIEnd
        return FormLayout(form: f, formLine: formLine, headerRange: 0..<tI, tableI: (tI + 1)..<max(tI + 1, tIEnd),
                          tableII: tII, explanation: exp, tail: tailStart..<lines.count)
    }

    /// The phrases that place the parts, looked for in every line in one pass.
    enum Landmark: Int, CaseIterable {
        case derivative, derivativeUpper, explanation,
             statementOfChanges, statementOfOwnership, statementOfChangesTitle, nameAndAddress, signature

        var phrase: String {
            switch self {
            case .derivative: "Derivative"
            case .derivativeUpper: "DERIVATIVE"
            case .explanation: "Explanation of Responses"
            case .statementOfChanges: "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP"
            case .statementOfOwnership: "STATEMENT OF BENEFICIAL OWNERSHIP"
            case .statementOfChangesTitle: "Statement of Changes in Beneficial Ownership"
            case .nameAndAddress: "Name and Address of Reporting Person"
            case .signature: "Signature of Reporting Person"
            }
        }

        static let phrases = PhraseSet(allCases.map(\.phrase))
    }

    /// 1 for "Table I", 2 for "Table II", in any case, and as OCR reads the
    /// numeral of a scanned form: "Table |", "Table l", "Table Il", "Table 11".
    static func tableNumber(in text: String) -> Int? {
        var text = text
        return text.withUTF8(tableNumber(bytes:))
    }

    static func tableNumber(bytes b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i + 6 < b.count {
            defer { i += 1 }
            guard b[i] == UInt8(ascii: "T"), i == 0 || b[i - 1] == UInt8(ascii: " ") || b[i - 1] == UInt8(ascii: "*"),
                  String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + 6)]), as: UTF8.self).lowercased() == "table " else { continue }
            var j = i + 6, n = 0
            while j < b.count, n < 3, [UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "1"), UInt8(ascii: "|")].contains(b[j]) {
                n += 1
                j += 1
            }
            guard n == 1 || n == 2, j == b.count || b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: ":") else { continue }
            return n
        }
        return nil
    }

    /// "FORM 4", "Form 4", "FORM 3" near the top of the page.
    static func formNumber(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        var i = 0
        while i + 5 < bytes.count {
            if (bytes[i] == UInt8(ascii: "F") || bytes[i] == UInt8(ascii: "f")),
               String(decoding: bytes[i..<(i + 4)], as: UTF8.self).uppercased() == "FORM",
               i == 0 || bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: "*") || bytes[i - 1] == UInt8(ascii: "#") {
                var j = i + 4
                while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
                if j < bytes.count, bytes[j] >= UInt8(ascii: "3"), bytes[j] <= UInt8(ascii: "5"),
                   j + 1 == bytes.count || !(bytes[j + 1] >= 48 && bytes[j + 1] <= 57) && bytes[j + 1] != UInt8(ascii: ".") {
                    // "Form 4 or Form 5 obligations" is a sentence, not the title; "Form 3
                    // Holdings Reported" and "Form 4 Transactions Reported" are Form 5's check
                    // boxes, which OCR prints above a title it could not read ("F Oo RM 5").
                    let rest = String(decoding: bytes[j...].prefix(24), as: UTF8.self)
                    if rest.has(" or Form") || rest.has(" obligations") || rest.has(" Holdings Reported")
                        || rest.has(" Transactions Reported") { i += 1; continue }
                    return Int(bytes[j] - 48)
                }
            }
            i += 1
        }
        return nil
    }
}
