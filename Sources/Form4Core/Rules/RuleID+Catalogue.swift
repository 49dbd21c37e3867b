/// The catalogue of business rules, in the order `docs/RULES.md` lists them.
extension RuleID {
    // MARK: Document header

    public static let documentType = RuleID(
        "DOCUMENT-TYPE", .error, "documentType is one of 3, 3/A, 4, 4/A, 5, 5/A",
        reference: "§3.6.6, §4.3")
    public static let originalDate = RuleID(
        "ORIGINAL-DATE", .error,
        "amendments (3/A, 4/A, 5/A) give dateOfOriginalSubmission; original forms do not",
        reference: "§3.5")
    public static let formField = RuleID(
        "FORM-FIELD", .error,
        "form-specific header fields appear only on their forms (noSecuritiesOwned: 3; notSubjectToSection16: 4, 5; form3HoldingsReported, form4TransactionsReported: 5)",
        reference: "§3.5, §4.3")

    // MARK: Reporting owners and signatures

    public static let ownerCount = RuleID(
        "OWNER-COUNT", .error, "1 to 10 reporting owners", reference: "§3.5, §5")
    public static let duplicateOwner = RuleID(
        "DUPLICATE-OWNER", .error, "each reporting owner CIK appears once", reference: "§4.3.2, §5")
    public static let ownerRelationship = RuleID(
        "OWNER-RELATIONSHIP", .error,
        "each owner is at least one of director, officer, 10% owner, other", reference: "§3.3 cm(1)")
    public static let officerTitle = RuleID(
        "OFFICER-TITLE", .error, "an officer gives officerTitle", reference: "§3.3 cm(2)")
    public static let otherText = RuleID(
        "OTHER-TEXT", .error, "an owner marked other gives otherText", reference: "§3.3 cm(3)")
    public static let signatureCount = RuleID(
        "SIGNATURE-COUNT", .error, "1 to 10 owner signatures", reference: "§3.5, §4.3.7")

    // MARK: Tables

    public static let form3Transaction = RuleID(
        "FORM3-TRANSACTION", .error, "Forms 3 and 3/A report holdings only, no transactions",
        reference: "§3.5, §4.3.8.1")
    public static let transactionRequired = RuleID(
        "TRANSACTION-REQUIRED", .error,
        "Forms 4, 4/A, 5, 5/A report at least one row unless notSubjectToSection16 is true",
        reference: "§4.3, §4.3.3")
    public static let holdingsOnly = RuleID(
        "HOLDINGS-ONLY", .warning,
        "Forms 4, 4/A, 5, 5/A with holdings but no transaction (the spec asks for a transaction; EDGAR accepts)",
        reference: "§4.3.3")
    public static let rowLimit = RuleID(
        "ROW-LIMIT", .error, "at most 30 rows in each table and 60 in all", reference: "§3.3 (*)")
    public static let transactionCoding = RuleID(
        "TRANSACTION-CODING", .error,
        "transactions give transactionCoding with transactionFormType, transactionCode and equitySwapInvolved",
        reference: "§4.3.8.2, §4.3.8.3")
    public static let transactionCode = RuleID(
        "TRANSACTION-CODE", .error, "transactionCode is one of EDGAR's codes (A C D E F G H I J L M O P S U W X Z)",
        reference: "§3.6.9")
    public static let formType = RuleID(
        "FORM-TYPE", .error,
        "transactionFormType is 4 or 5 on transactions, and 3 on a Form 5 holding", reference: "§3.6.3, §4.3.8")
    public static let holdingCoding = RuleID(
        "HOLDING-CODING", .error,
        "holdings carry no coding or timeliness, except transactionFormType 3 on a Form 5 holding",
        reference: "§4.3.8.1-3")
    public static let timeliness = RuleID(
        "TIMELINESS", .error,
        "transactionTimeliness fits the form: early form-5 rows on a 4 are E or empty; rows on a 5 are L or empty",
        reference: "§4.3.8.2, §4.3.8.3")
    public static let timelinessOnTime = RuleID(
        "TIMELINESS-ON-TIME", .warning,
        "a form-4 transaction on a Form 4 is on time by definition: leave transactionTimeliness empty",
        reference: "§4.3.8.2")
    public static let natureOfOwnership = RuleID(
        "NATURE-OF-OWNERSHIP", .error,
        "natureOfOwnership is given for indirect (I) ownership and empty for direct (D)", reference: "§3.3 cm(5), §5")
    public static let sharesOrValue = RuleID(
        "SHARES-OR-VALUE", .error,
        "exactly one of shares or value: transaction amounts, underlying security, amounts owned following",
        reference: "§3.3 cm(4), cm(6), cm(7)")
    public static let misplacedField = RuleID(
        "MISPLACED-FIELD", .error,
        "fields of one table are not used in the other (transactionTotalValue in Table I; a footnote on Table II's acquired/disposed code)",
        reference: "§3.5")
    public static let valueOrFootnote = RuleID(
        "VALUE-OR-FOOTNOTE", .error,
        "price, conversion/exercise price, exercise and expiration dates and underlying amounts give a value or a footnote",
        reference: "§3.3 cm(8)")
    public static let decimal = RuleID(
        "DECIMAL", .error,
        "amounts are not negative, at most 4 fraction digits and 16 digits, and at most 999999999999.9999",
        reference: "§3.2")

    // MARK: Footnotes

    public static let footnoteID = RuleID(
        "FOOTNOTE-ID", .error, "footnote ids are F1 to F99 (F and a number without leading zero)",
        reference: "§4.3.5")
    public static let footnoteDuplicate = RuleID(
        "FOOTNOTE-DUPLICATE", .error, "each footnote id is defined once", reference: "§4.3.5, §5")
    public static let footnoteUnresolved = RuleID(
        "FOOTNOTE-UNRESOLVED", .error, "every footnote reference names a footnote of the document",
        reference: "§4.3.6")
    public static let footnoteRepeated = RuleID(
        "FOOTNOTE-REPEATED", .error, "one field references a footnote at most once", reference: "§4.3.6, §5")
    public static let footnoteUnreferenced = RuleID(
        "FOOTNOTE-UNREFERENCED", .error, "every footnote is referenced by some field", reference: "§5")
    public static let maxLength = RuleID(
        "MAX-LENGTH", .error,
        "text within its maximum length (footnotes 1000 always; other filer text when filing)",
        reference: "§3.5, §5")

    // MARK: Submission only

    public static let edgarFilled = RuleID(
        "EDGAR-FILLED", .warning,
        "fields EDGAR fills in (schemaVersion, issuerName, rptOwnerName, derived flags, …) are not sent",
        reference: "§4.3, §4.3.1, §4.3.2", submissionOnly: true)
    public static let ownerCCC = RuleID(
        "OWNER-CCC", .error, "each reporting owner gives its 8-character CCC", reference: "§3.3 o(1), §4.3.2",
        submissionOnly: true)
    public static let obsoleteState = RuleID(
        "OBSOLETE-STATE", .error, "rptOwnerState is not one of the obsolete codes the schema still lists",
        reference: "§4.3.2, App. A; schema annotation", submissionOnly: true)
    public static let oneLine = RuleID(
        "ONE-LINE", .warning, "values other than footnotes and remarks are on one line", reference: "§4.1 items 5-6",
        submissionOnly: true)

    /// Every rule, in catalogue order.
    public static let all: [RuleID] = [
        documentType, originalDate, formField,
        ownerCount, duplicateOwner, ownerRelationship, officerTitle, otherText, signatureCount,
        form3Transaction, transactionRequired, holdingsOnly, rowLimit, transactionCoding, transactionCode,
        formType, holdingCoding, timeliness, timelinessOnTime, natureOfOwnership, sharesOrValue,
        misplacedField, valueOrFootnote, decimal,
        footnoteID, footnoteDuplicate, footnoteUnresolved, footnoteRepeated, footnoteUnreferenced, maxLength,
        edgarFilled, ownerCCC, obsoleteState, oneLine,
    ]

    /// The rule with identifier `id`, if there is one.
    public static func named(_ id: String) -> RuleID? {
        all.first { $0.id == id }
    }
}
