import Form4Core

/// The owners table's mark columns, learnt from the first owner.
///
/// lynx lays the marks' rows out apart from the heads' row, so a mark cannot be
/// placed under its head by position; but every owner's marks still share the
/// same columns. Box 5 names the first owner's relationships: when that owner's
/// row holds exactly one "X" for each of them, the k-th column from the left is
/// the k-th of box 5's ticks in the heads' order (Director, 10% Owner, Officer,
/// Other), and another owner's "X"s are read by those columns. An "X" in no
/// learnt column, or a mark that is text, leaves that owner unread.
struct OwnerMarkColumns: Sendable {
    /// Column positions, left to right, and the head each one is (0 Director,
    /// 1 10% Owner, 2 Officer, 3 Other).
    let columns: [(x: Int, head: Int)]

    init?(first: FormTail.OwnerEntry, box: ReportingOwnerRelationship) {
        let ticked = [box.isDirector, box.isTenPercentOwner, box.isOfficer, box.isOther]
            .enumerated().filter { $0.element == true }.map(\.offset)
        let xs = first.checkMarks.sorted()
        guard !first.textMarks, !ticked.isEmpty, xs.count == ticked.count,
              zip(xs, xs.dropFirst()).allSatisfy({ $1 - $0 > 2 * Self.slack }) else { return nil }
        columns = Array(zip(xs, ticked)).map { (x: $0.0, head: $0.1) }
    }

    /// A character or two either way: lynx centres an "X" in its cell.
    static let slack = 1

    /// How far a mark may stand from a learnt column. A text extractor sets the
    /// marks of one column at one place; OCR (which reads a ticked box as "Xx"
    /// as often as "X") lets them drift from line to line, so there a mark goes
    /// to the learnt column it is nearer than half way to, once there are two.
    func reach(ocr: Bool) -> Int {
        guard ocr, let gap = zip(columns, columns.dropFirst()).map({ $1.x - $0.x }).min() else { return Self.slack }
        return max(Self.slack, gap / 2 - 1)
    }

    func relationship(of owner: FormTail.OwnerEntry, ocr: Bool = false) -> ReportingOwnerRelationship? {
        guard !owner.textMarks, !owner.checkMarks.isEmpty else { return nil }
        let reach = reach(ocr: ocr)
        var heads = Set<Int>()
        for x in owner.checkMarks {
            guard let c = columns.min(by: { abs($0.x - x) < abs($1.x - x) }), abs(c.x - x) <= reach else { return nil }
            heads.insert(c.head)
        }
        return ReportingOwnerRelationship(isDirector: heads.contains(0), isOfficer: heads.contains(2),
                                          isTenPercentOwner: heads.contains(1), isOther: heads.contains(3))
    }
}
