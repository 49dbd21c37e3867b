/// The structural lines of the canonical text: title, boxes, tables, sections.
///
/// Recognised by their words, case-insensitively, with markdown `#` marks and
/// a trailing colon ignored, so hand edits (case, spacing, numbering) and the
/// markdown form read the same way. The renderer escapes any free-text line
/// that this classifier would take for a heading.
enum CanonicalHeading: Equatable {
    case title
    case subtitle
    case owners
    case ownerItem(Int)
    case issuer
    case relationships
    case filing
    case tableI
    case tableII
    case transactions
    case holdings
    case footnotes
    case remarks
    case signatures

    static func classify(_ raw: String) -> CanonicalHeading? {
        var s = Substring(raw)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        if s.first == "#" {
            while s.first == "#" { s = s.dropFirst() }
        }
        var line = String(s).trimmedSpaces()
        while line.hasSuffix(":") { line.removeLast() }
        line = line.trimmedSpaces()
        let lower = line.lowercased()
        if lower.hasPrefix("form "), lower.count <= 10,
            let d = lower.dropFirst(5).first, d == "3" || d == "4" || d == "5" || d == "?" {
            return .title
        }
        if lower.hasPrefix("reporting person ") {
            let rest = lower.dropFirst("reporting person ".count)
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            let after = rest.dropFirst(digits.count)
            if let n = Int(digits), after.isEmpty || after.hasPrefix(" (") || after.hasPrefix("(") { return .ownerItem(n) }
            return nil
        }
        // Boxes start with their words, after an optional box number ("5. "), never in mid-line:
        // a footnote that mentions "the relationship of reporting persons" is not a heading.
        var words = Substring(lower)
        let number = words.prefix(while: { $0.isASCII && $0.isNumber })
        if !number.isEmpty, words.dropFirst(number.count).hasPrefix(". ") { words = words.dropFirst(number.count + 2) }
        if (words.hasPrefix("statement of") || words.hasPrefix("initial statement of") || words.hasPrefix("annual statement of"))
            && words.contains("beneficial ownership") && !words.contains(":")
        {
            return .subtitle
        }
        if words.hasPrefix("name and address of reporting person") { return .owners }
        if words.hasPrefix("issuer name and ticker") { return .issuer }
        if words.hasPrefix("relationship of reporting person") { return .relationships }
        if words.hasPrefix("individual or joint/group filing") { return .filing }
        if lower.hasPrefix("table ii") { return .tableII }
        if lower.hasPrefix("table i") { return .tableI }
        switch lower {
        case "transactions": return .transactions
        case "holdings": return .holdings
        case "explanation of responses": return .footnotes
        case "remarks": return .remarks
        case "signatures": return .signatures
        default: return nil
        }
    }
}
