/// "0" / "I" / "By Tamarack … Fund, LP(2)" / "59,146" / "I" / "By estate
/// planning vehicle" / "3,693(5)" / "D" / heads / "Class A Common Stock" /
/// "04/01/2019" / "J(3)" / "16,514" / "D" / "$0.00" / … / "$0.00" / "Class A
/// Common Stock": a Table I page drawn right-hand cells first (each row's
/// amount owned, D/I and nature), then the heads and the rows' left-hand
/// cells, the last row a holding, whose only left-hand cell is its title.
/// That title, the table's last text, follows the last transaction's price
/// and was read as its nature (a row with no D/I yet takes text after its
/// price so), which left one right-hand group more than rows to take them.
extension CellStream {
    /// A row open at the table's end (no D/I) whose last cell, a text of its
    /// own (on a line after the row's values, no value in it), was read as
    /// its nature after its price: the row without it, and the text as a
    /// title of its own. Only where the row is a transaction with its date,
    /// code, amount, (A)/(D) and price, and reads the same without the text;
    /// the caller (``joined(_:rightHands:strayCode:)``) gives the title the
    /// last right-hand group only where it then reads as a whole holding,
    /// and reports it. Nil otherwise.
    func holdingTitleAfterLeftHands(_ anchor: [LooseToken]) -> (row: [LooseToken], title: [LooseToken])? {
        guard !wrapsCells, !kind.derivative else { return nil }
        let f = fields(anchor)
        guard f.isTransaction, f.directIndirect == nil, f.owned == nil, f.extra.isEmpty, let price = f.price, f.date != nil,
              f.code != nil, f.amount != nil, f.acquiredDisposed != nil, !f.nature.isEmpty, f.nature.count < anchor.count,
              f.nature.allSatisfy({ $0.kind == .word || $0.kind == .letter }), let first = f.nature.first, first.kind == .word,
              first.line > price.line else { return nil }
        let title = Array(anchor.suffix(f.nature.count))
        guard zip(title, f.nature).allSatisfy({ CellStream.same($0, $1) }) else { return nil }
        let row = Array(anchor.dropLast(title.count))
        let g = fields(row)
        guard g.nature.isEmpty, g.extra.isEmpty, g.title.count == f.title.count, g.price.map({ CellStream.same($0, price) }) == true,
              g.amount.map({ a in f.amount.map { CellStream.same(a, $0) } ?? false }) == true else { return nil }
        return (row, title)
    }
}
