/// "D" / "$891.817(6)" / "160,510,820" / "I" / "by Trust(2)" / "20,628" /
/// "D" / "$892.749(7)" / "160,490,192" / "I" / "by Trust(2)" / "Common
/// Stock" / … / "Common Stock" / "08/05/2022" / "S": among right-hand cells
/// drawn ahead of their rows (see ``CellStream/joinRightHandsDrawnFirst(_:)``)
/// one group may start with its row's amount, whose left-hand cells then end
/// at the code. Cut at the D/I, the amount and its "D" read as a holding of
/// their own ("20,628" owned, "D" direct) and the price and what follows as a
/// second group, one group too many for the rows after them, so nothing was
/// joined. Here such a pair is read as one group, and only where the groups
/// then fit the rows after them and every row reads whole (the caller tries
/// the join with the pair and keeps the original rows otherwise); reported.
extension CellStream {
    /// An amount and its (A)/(D), alone: "20,628" / "D".
    func isAmountAndAcquiredDisposed(_ anchor: [LooseToken]) -> Bool {
        anchor.count == 2 && anchor[0].kind == .number && anchor[1].kind == .letter && ["A", "D"].contains(anchor[1].text)
    }

    /// The rows with each such pair in the right-hand run `hands` joined to the
    /// group after it when that group starts at a price, and the run's new
    /// end; nil when there is no such pair.
    func withAmountsAheadJoined(_ rows: [TableLines.Row], rightHands hands: Range<Int>) -> ([TableLines.Row], Int)? {
        var trial = rows
        var end = hands.upperBound
        var i = hands.lowerBound
        var changed = false
        while i + 1 < end {
            let next = trial[i + 1].anchor
            guard isAmountAndAcquiredDisposed(trial[i].anchor), next.first?.kind == .money else { i += 1; continue }
            let lead = trial[i].anchor[0]
            var warnings = (trial[i].warnings + trial[i + 1].warnings).filter { !$0.isNoTitleDoubt }
            warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                          message: "'\(RowBuilder.text(trial[i].anchor))', drawn alone ahead of the price '\(next[0].text)', was read as the amount and (A)/(D) of the row whose right-hand cells follow it",
                                          line: lead.line, column: lead.column))
            trial[i] = TableLines.Row(anchor: trial[i].anchor + next, above: [], below: [], warnings: warnings)
            trial.remove(at: i + 1)
            end -= 1
            changed = true
            i += 1
        }
        return changed ? (trial, end) : nil
    }
}
