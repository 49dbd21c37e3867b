/// The schema's state list ends with obsolete codes (Canal Zone, Soviet Union,
/// West Germany, …) that the schema lets through for one legacy path, while
/// EDGAR suspends a filer's submission that uses them (the schema's own
/// annotation says so). A published document may still carry one, so this
/// is checked only when filing.
extension RuleContext {
    static let obsoleteStateCodes: Set<String> = [
        "C2", "E5", "E7", "G5", "I7", "X9", "I8", "I9", "2F", "L1", "L4", "L5",
        "M1", "O6", "Q9", "R3", "T4", "U2", "U4", "U6", "X7", "Y2",
    ]

    mutating func checkObsoleteState() {
        for (i, owner) in document.reportingOwner.enumerated() {
            guard let state = owner.reportingOwnerAddress?.rptOwnerState?.trimmingXMLWhitespace(),
                Self.obsoleteStateCodes.contains(state)
            else { continue }
            report(.obsoleteState, "state code \(state) is obsolete; EDGAR suspends a submission using it",
                   at: "\(RulePath.owner(i))/reportingOwnerAddress/rptOwnerState")
        }
    }
}
