/// cm(5): an indirect holding says how it is held; a direct one says nothing
/// (a value there is a SUSPENSE, §5). The empty element is allowed for D.
extension RuleContext {
    mutating func checkOwnershipNature() {
        for row in rows {
            guard let nature = row.ownershipNature,
                let kind = nature.directOrIndirectOwnership?.value?.trimmingXMLWhitespace()
            else { continue }
            // Made only for a report: most rows have none.
            var path: String { "\(row.path)/ownershipNature/natureOfOwnership" }
            let given = nature.natureOfOwnership?.value.hasContent ?? false
            if kind == "I" && !given {
                report(.natureOfOwnership,
                       "indirect ownership (I) must say its nature in natureOfOwnership", at: path)
            } else if kind == "D" && given {
                report(.natureOfOwnership,
                       "direct ownership (D) takes no natureOfOwnership value (found '\(nature.natureOfOwnership?.value ?? "")')",
                       at: path)
            }
        }
    }
}
