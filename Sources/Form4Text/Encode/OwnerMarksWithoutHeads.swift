import Form4Core

/// The owners table's "X" marks where no column heads could be read.
///
/// pdftotext without `-layout` prints each cell of the owners table on a line
/// of its own, the heads (Director, 10% Owner, Officer, Other) among them, in
/// the PDF's drawing order: an "X" then stands under no head, and only how
/// many marks there are, and where they fall among the owners, is known. Two
/// orders are seen: each owner's marks right after its city line ("… 00677" /
/// "X" / "PLP Funds …" / "X"), or every owner's lines and then all the marks
/// ("… 94043" / "Director" / "10% Owner" / "X" / "X" / "Officer" / "X").
///
/// Owners who report on one form are a group: in every corpus filing with
/// several owners whose first owner is a 10% owner, each later owner with one
/// mark is a 10% owner (58 of 58). So where box 5 names the first owner a 10%
/// owner and every later owner has exactly one mark, that mark is read as
/// 10% Owner. This goes beyond what the text says (the mark's column is not
/// printed), so each owner it is given to is reported; anything else (a count
/// that does not cut into owners, a later owner with two marks, a first owner
/// who is no 10% owner) leaves the owners unread, as before.
struct OwnerMarksWithoutHeads: Sendable {
    /// A line of marks read where no heads were: how many marks, on which
    /// line, after how many owners' city lines, and whether an owner's lines
    /// had begun (then the marks cannot be told to any owner).
    struct Run: Sendable, Equatable {
        var ownersBefore: Int
        var insideOwner: Bool
        var count: Int
        var line: Int
    }

    /// Each later owner's number of marks (owner 2 first), or nil where the
    /// runs do not cut into owners. `firstCount` is the number of box 5's ticks.
    static func laterCounts(_ runs: [Run], owners: Int, firstCount: Int) -> [Int]? {
        guard owners >= 2, firstCount >= 1, !runs.isEmpty, !runs.contains(where: \.insideOwner) else { return nil }
        // The marks between two owners' lines, whether on one line or several.
        var between: [(ownersBefore: Int, count: Int)] = []
        for r in runs {
            if let last = between.last, last.ownersBefore == r.ownersBefore {
                between[between.count - 1].count += r.count
            } else {
                between.append((r.ownersBefore, r.count))
            }
        }
        // Each owner's marks after its own lines: one group per owner, the first of them box 5's count.
        if between.count == owners, between.indices.allSatisfy({ between[$0].ownersBefore == $0 + 1 }), between[0].count == firstCount {
            return between.dropFirst().map(\.count)
        }
        // All the marks after the last owner: the first owner's share is box 5's
        // count, and the rest must cut evenly, one mark an owner.
        if runs.allSatisfy({ $0.ownersBefore == owners }) {
            let later = runs.reduce(0) { $0 + $1.count } - firstCount
            if later == owners - 1 { return Array(repeating: 1, count: owners - 1) }
        }
        return nil
    }

    /// The relationship of a later owner with `count` marks, or nil: one mark
    /// of a group whose first owner is a 10% owner is 10% Owner.
    static func relationship(count: Int, box: ReportingOwnerRelationship) -> ReportingOwnerRelationship? {
        guard count == 1, box.isTenPercentOwner == true else { return nil }
        return ReportingOwnerRelationship(isDirector: false, isOfficer: false, isTenPercentOwner: true, isOther: false)
    }

    /// The relationships of owners 2, 3, … (nil for an owner left unread).
    static func laterRelationships(_ runs: [Run], owners: Int, box: ReportingOwnerRelationship) -> [ReportingOwnerRelationship?]? {
        let ticks = [box.isDirector, box.isTenPercentOwner, box.isOfficer, box.isOther].filter { $0 == true }.count
        guard let counts = laterCounts(runs, owners: owners, firstCount: ticks) else { return nil }
        return counts.map { relationship(count: $0, box: box) }
    }
}
