import Form4Core

/// What a scanner and tesseract do to a printed form: `$` read as `§` or
/// `s`, a footnote mark `(2)` losing its `(` and gluing to the value,
/// `O`/`0` and `l`/`1` confused inside words and numbers, and table rules
/// read as stray `|` or `[`. Every value it changes is recorded, so a test
/// can tell damage it made from a misreading by the parser.
enum OCRNoise {
    /// Damages a few values of the form; returns the fields it changed.
    static func damage(_ form: inout PrintedForm, random r: inout SplitMix64) -> Set<String> {
        let rate = r.int(2...8)
        var damaged: Set<String> = []
        for t in form.tables.indices {
            for row in form.tables[t].rows.indices {
                for c in form.tables[t].rows[row].cells.indices {
                    for p in form.tables[t].rows[row].cells[c].parts.indices {
                        var part = form.tables[t].rows[row].cells[c].parts[p]
                        guard !part.text.isEmpty, r.chance(rate) else { continue }
                        let before = part.text
                        part.text = damage(part, random: &r)
                        if part.text != before, let field = part.field { damaged.insert(field) }
                        form.tables[t].rows[row].cells[c].parts[p] = part
                    }
                }
            }
        }
        return damaged
    }

    private static func damage(_ part: PrintedPart, random r: inout SplitMix64) -> String {
        let text = part.text
        if part.isFootnoteMark {
            // `(2)` → `2)`: the mark glues onto the value before it.
            return text.hasPrefix("(") ? String(text.dropFirst()) : text
        }
        if text.hasPrefix("$"), r.chance(60) {
            return r.pick(["§", "s", "S"]) + text.dropFirst()
        }
        return swapLookalikes(text, random: &r)
    }

    /// One `0`→`O` or `1`→`l` (or back) swap in the text, if it has a candidate.
    static func swapLookalikes(_ text: String, random r: inout SplitMix64) -> String {
        var chars = Array(text)
        let candidates = chars.indices.filter { "0O1l".contains(chars[$0]) }
        guard !candidates.isEmpty else { return text }
        let i = r.pick(candidates)
        switch chars[i] {
        case "0": chars[i] = "O"
        case "O": chars[i] = "0"
        case "1": chars[i] = "l"
        default: chars[i] = "1"
        }
        return String(chars)
    }

    /// Table rules read as characters: a `|` or `[` dropped into the blank
    /// space between columns of a few lines (never touching a value).
    static func strayRules(_ lines: inout [String], random r: inout SplitMix64) {
        for k in lines.indices where r.chance(5) {
            var chars = Array(lines[k])
            let gaps = chars.indices.dropFirst().dropLast().filter {
                chars[$0] == " " && chars[$0 - 1] == " " && chars[$0 + 1] == " "
            }
            guard !gaps.isEmpty else { continue }
            chars[r.pick(gaps)] = r.chance(70) ? "|" : "["
            lines[k] = String(chars)
        }
    }
}
