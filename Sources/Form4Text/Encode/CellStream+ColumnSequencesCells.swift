/// The cells of a table drawn as a stream, each sorted by what it is, for
/// ``CellStream/columnSequenceRows(over:warnings:)``: whatever order the PDF
/// draws its cells in, what a cell *is* (a text, a D/I letter, a date, a
/// footnote mark alone, an amount, a price) does not depend on it.
extension CellStream {
    /// What a cell is: which columns it can stand in.
    enum SequenceCellKind: Equatable {
        /// Words: a title, an underlying security's title or a nature.
        case text
        /// A letter alone: D/I (in a holdings table, nothing else).
        case letter
        /// A date, or a date's word ("Immediately", "N/A").
        case dateish
        /// Footnote marks alone: a date or price given by footnote.
        case mark
        /// A figure without `$`: an amount, or a price written bare.
        case number
        /// A figure with `$`: a price.
        case money
        /// A column head (or several): a boundary, no cell of any row.
        case head
    }

    struct SequenceCell {
        var tokens: [LooseToken]
        var kind: SequenceCellKind
        /// The plain words of a text ("Sequoia Capital Fund, L.P."), marks left out: equal texts are the same column's.
        var words: String { RowBuilder.text(tokens) }
    }

    /// The table's cells in drawing order, one per value and one per run of
    /// words, with a `.head` cell where column heads stand between them.
    /// pdftotext prints some cells together ("19,066,032 D", "Class A
    /// 536,445" / "Common" / "Stock"): they are parted by what each token is.
    /// A footnote mark one space after a figure on its line is that figure's.
    func sequenceCells() -> [SequenceCell] {
        var cells: [SequenceCell] = []
        for p in paragraphs {
            if p.isHeader {
                if cells.last?.kind != .head { cells.append(SequenceCell(tokens: [], kind: .head)) }
                continue
            }
            let t = p.tokens
            var k = 0
            while k < t.count {
                let token = t[k]
                if token.isValue {
                    if token.kind == .footnoteOnly, k > 0, t[k - 1].isValue, t[k - 1].kind != .footnoteOnly, t[k - 1].line == token.line,
                       let last = cells.indices.last {
                        cells[last].tokens.append(token)
                    } else {
                        let kind: SequenceCellKind = switch token.kind {
                        case .date: .dateish
                        case .footnoteOnly: .mark
                        case .money: .money
                        default: .number
                        }
                        cells.append(SequenceCell(tokens: [token], kind: kind))
                    }
                    k += 1
                    continue
                }
                var e = k
                while e < t.count, !t[e].isValue { e += 1 }
                var run = Array(t[k..<e])
                k = e
                // "19,066,032 D", "0 I By Trust": a D/I letter after a value opens a cell of its own.
                if run[0].kind == .letter, run.count == 1 || run[0].text == "D" || run[0].text == "I",
                   run.count == 1 || cells.last.map({ $0.kind != .text && $0.kind != .head }) == true {
                    cells.append(SequenceCell(tokens: [run.removeFirst()], kind: .letter))
                    if run.isEmpty { continue }
                }
                if run.allSatisfy({ RowGrammar.dateWords.contains($0.text) }) {
                    for w in run { cells.append(SequenceCell(tokens: [w], kind: .dateish)) }
                } else {
                    cells.append(SequenceCell(tokens: run, kind: .text))
                }
            }
        }
        return cells
    }

    /// Runs of marks alone with heads (or the table's edge) on both sides:
    /// no value of a row stands between heads, so they end a text drawn
    /// apart from them ("… Fund, LLC(2)" / heads / "(3)"). They are left out
    /// and reported (``reportLooseMarks(_:in:)``), as the cell stream does.
    static func looseMarkCells(_ cells: [SequenceCell]) -> Set<Int> {
        var loose = Set<Int>()
        var k = 0
        while k < cells.count {
            guard cells[k].kind == .mark else { k += 1; continue }
            var e = k
            while e < cells.count, cells[e].kind == .mark { e += 1 }
            let before = k == 0 || cells[k - 1].kind == .head
            let after = e == cells.count || cells[e].kind == .head
            if before && after { loose.formUnion(k..<e) }
            k = e
        }
        return loose
    }
}

extension CellStream {
    /// A text printed again elsewhere is in the same column there (one fund
    /// named as two rows' nature, one title on every row): each of the
    /// `unknown` texts takes the one column its same words were given among
    /// `data`, and the texts still without one are returned. Asked by each
    /// kind of table after it has placed the texts its neighbours settle.
    static func placeRepeatedTexts(_ unknown: [Int], among data: [Int], cells: [SequenceCell],
                                   column: inout [Int: SequenceColumn]) -> [Int] {
        var still: [Int] = []
        for k in unknown {
            let same = Set(data.compactMap { j in cells[j].kind == .text && j != k && cells[j].words == cells[k].words ? column[j] : nil })
            if same.count == 1, let c = same.first { column[k] = c } else { still.append(k) }
        }
        return still
    }
}
