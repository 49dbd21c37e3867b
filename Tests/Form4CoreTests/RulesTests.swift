import Foundation
import Testing
import TestSupport
@testable import Form4Core

/// One broken document per case: a valid fixture, one mutation, and the exact
/// diagnostics (rule id and XPath) it must produce, no more and no fewer.
struct RuleCase: Sendable, CustomTestStringConvertible {
    enum Base: Sendable { case form3, form4, form5 }

    var name: String
    var base: Base
    var forSubmission: Bool
    var mutate: @Sendable (inout OwnershipDocument) -> Void
    var expected: [Expected]

    struct Expected: Sendable, Hashable, CustomStringConvertible {
        var rule: RuleID
        var path: String
        var description: String { "[\(rule.id)] \(path)" }
    }

    init(_ name: String, on base: Base = .form4, forSubmission: Bool = false,
         expect expected: [(RuleID, String)], mutate: @escaping @Sendable (inout OwnershipDocument) -> Void) {
        self.name = name
        self.base = base
        self.forSubmission = forSubmission
        self.mutate = mutate
        self.expected = expected.map { Expected(rule: $0.0, path: $0.1) }
    }

    var testDescription: String { name }

    var document: OwnershipDocument {
        var d: OwnershipDocument
        switch base {
        case .form3: d = RulesFixtures.form3()
        case .form4: d = RulesFixtures.form4()
        case .form5: d = RulesFixtures.form5()
        }
        mutate(&d)
        return d
    }
}

private let root = "/ownershipDocument"
private let owner1 = "/ownershipDocument/reportingOwner[1]"
private let ndt1 = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]"
private let ndt2 = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]"
private let ndh1 = "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"
private let dt1 = "/ownershipDocument/derivativeTable/derivativeTransaction[1]"
private let dh1 = "/ownershipDocument/derivativeTable/derivativeHolding[1]"

private typealias F = RulesFixtures

let ruleCases: [RuleCase] = [
    // Header
    RuleCase("unknown documentType", expect: [(.documentType, "\(root)/documentType")]) { $0.documentType = "4X" },
    RuleCase("amendment without original date", expect: [(.originalDate, "\(root)/dateOfOriginalSubmission")]) {
        $0.documentType = "4/A"
    },
    RuleCase("original form with original date", expect: [(.originalDate, "\(root)/dateOfOriginalSubmission")]) {
        $0.dateOfOriginalSubmission = F.date("2024-02-01")
    },
    RuleCase("noSecuritiesOwned on a Form 4", expect: [(.formField, "\(root)/noSecuritiesOwned")]) {
        $0.noSecuritiesOwned = false
    },
    RuleCase("notSubjectToSection16 on a Form 3", on: .form3, expect: [(.formField, "\(root)/notSubjectToSection16")]) {
        $0.notSubjectToSection16 = false
    },
    RuleCase("form4TransactionsReported on a Form 4", expect: [(.formField, "\(root)/form4TransactionsReported")]) {
        $0.form4TransactionsReported = true
    },
    // Owners and signatures
    RuleCase("no reporting owner", expect: [(.ownerCount, "\(root)/reportingOwner")]) { $0.reportingOwner = [] },
    RuleCase("eleven reporting owners", expect: [(.ownerCount, "\(root)/reportingOwner[11]")]) {
        $0.reportingOwner = (1...11).map { F.owner(cik: "\(300_000 + $0)") }
    },
    RuleCase("same owner CIK twice, zeros aside",
             expect: [(.duplicateOwner, "\(root)/reportingOwner[2]/reportingOwnerId/rptOwnerCik")]) {
        $0.reportingOwner.append(F.owner(cik: "222222"))
    },
    RuleCase("owner with no relationship", expect: [(.ownerRelationship, "\(owner1)/reportingOwnerRelationship")]) {
        $0.reportingOwner[0].reportingOwnerRelationship = ReportingOwnerRelationship(
            isDirector: false, isOfficer: false, isTenPercentOwner: false, officerTitle: "Former CFO")
    },
    RuleCase("officer without title", expect: [(.officerTitle, "\(owner1)/reportingOwnerRelationship/officerTitle")]) {
        $0.reportingOwner[0].reportingOwnerRelationship.officerTitle = nil
    },
    RuleCase("officer with blank title", expect: [(.officerTitle, "\(owner1)/reportingOwnerRelationship/officerTitle")]) {
        $0.reportingOwner[0].reportingOwnerRelationship.officerTitle = "  \n "
    },
    RuleCase("other without text", expect: [(.otherText, "\(owner1)/reportingOwnerRelationship/otherText")]) {
        $0.reportingOwner[0].reportingOwnerRelationship.isOther = true
    },
    RuleCase("no signature", expect: [(.signatureCount, "\(root)/ownerSignature")]) { $0.ownerSignature = [] },
    RuleCase("eleven signatures", expect: [(.signatureCount, "\(root)/ownerSignature[11]")]) {
        $0.ownerSignature = Array(repeating: $0.ownerSignature[0], count: 11)
    },
    // Tables
    RuleCase("transaction on a Form 3", on: .form3,
             expect: [(.form3Transaction, "\(root)/nonDerivativeTable/nonDerivativeTransaction[1]")]) {
        var sale = F.saleOfCommon()
        sale.transactionAmounts?.transactionPricePerShare = F.number("12.5")
        $0.nonDerivativeTable?.nonDerivativeTransaction = [sale]
    },
    RuleCase("Form 4 with no row", expect: [(.transactionRequired, "\(root)/nonDerivativeTable")]) {
        $0.nonDerivativeTable = nil
        $0.derivativeTable = nil
        $0.footnotes = []
    },
    RuleCase("Form 4 with holdings only", expect: [(.holdingsOnly, ndh1)]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction = []
        $0.derivativeTable?.derivativeTransaction = []
        $0.dropUnreferencedFootnotes()
    },
    RuleCase("31 rows in Table I",
             expect: [(.rowLimit, "\(root)/nonDerivativeTable/nonDerivativeHolding[30]")]) {
        $0.nonDerivativeTable?.nonDerivativeHolding = Array(repeating: F.trustHolding, count: 30)
    },
    RuleCase("transaction without coding", expect: [(.transactionCoding, "\(ndt1)/transactionCoding")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionCoding = nil
    },
    RuleCase("transaction without equitySwapInvolved",
             expect: [(.transactionCoding, "\(dt1)/transactionCoding/equitySwapInvolved")]) {
        $0.derivativeTable?.derivativeTransaction[0].transactionCoding?.equitySwapInvolved = nil
    },
    RuleCase("transaction without code", expect: [(.transactionCoding, "\(ndt1)/transactionCoding/transactionCode")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionCoding?.transactionCode = nil
    },
    RuleCase("derived code K written", expect: [(.transactionCode, "\(ndt1)/transactionCoding/transactionCode")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionCoding?.transactionCode = "K"
    },
    RuleCase("form type 3 on a transaction", expect: [(.formType, "\(ndt1)/transactionCoding/transactionFormType")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionCoding?.transactionFormType = "3"
    },
    RuleCase("form type 4 on a Form 5 holding", on: .form5,
             expect: [(.formType, "\(ndh1)/transactionCoding/transactionFormType")]) {
        $0.nonDerivativeTable?.nonDerivativeHolding[0].transactionCoding?.transactionFormType = "4"
    },
    RuleCase("coding on a Form 4 holding", expect: [(.holdingCoding, "\(ndh1)/transactionCoding")]) {
        $0.nonDerivativeTable?.nonDerivativeHolding[0].transactionCoding = TransactionCoding(transactionFormType: "3")
    },
    RuleCase("code on a late Form 3 holding", on: .form5,
             expect: [(.holdingCoding, "\(ndh1)/transactionCoding/transactionCode")]) {
        $0.nonDerivativeTable?.nonDerivativeHolding[0].transactionCoding?.transactionCode = "A"
    },
    RuleCase("coding on a Form 3 holding", on: .form3, expect: [(.holdingCoding, "\(dh1)/transactionCoding")]) {
        $0.derivativeTable?.derivativeHolding[0].transactionCoding = TransactionCoding(transactionFormType: "3")
    },
    RuleCase("late form-5 transaction on a Form 4", expect: [(.timeliness, "\(ndt1)/transactionTimeliness")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionCoding?.transactionFormType = "5"
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionTimeliness = F.text("L")
    },
    RuleCase("early transaction on a Form 5", on: .form5, expect: [(.timeliness, "\(ndt2)/transactionTimeliness")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[1].transactionTimeliness = F.text("E")
    },
    RuleCase("timeliness on an on-time Form 4 transaction", expect: [(.timelinessOnTime, "\(dt1)/transactionTimeliness")]) {
        $0.derivativeTable?.derivativeTransaction[0].transactionTimeliness = F.text("L")
    },
    RuleCase("indirect without nature", expect: [(.natureOfOwnership, "\(ndh1)/ownershipNature/natureOfOwnership")]) {
        $0.nonDerivativeTable?.nonDerivativeHolding[0].ownershipNature?.natureOfOwnership = F.text(nil, "F2")
    },
    RuleCase("direct with nature", expect: [(.natureOfOwnership, "\(dt1)/ownershipNature/natureOfOwnership")]) {
        $0.derivativeTable?.derivativeTransaction[0].ownershipNature?.natureOfOwnership = F.text("By spouse")
    },
    RuleCase("derivative shares and total value",
             expect: [(.sharesOrValue, "\(dt1)/transactionAmounts/transactionTotalValue")]) {
        $0.derivativeTable?.derivativeTransaction[0].transactionAmounts?.transactionTotalValue = F.number("2100")
    },
    RuleCase("underlying neither shares nor value",
             expect: [(.sharesOrValue, "\(dh1)/underlyingSecurity/underlyingSecurityShares")]) {
        $0.derivativeTable?.derivativeHolding[0].underlyingSecurity?.underlyingSecurityShares = nil
    },
    RuleCase("owned following both shares and value",
             expect: [(.sharesOrValue, "\(ndh1)/postTransactionAmounts/valueOwnedFollowingTransaction")]) {
        $0.nonDerivativeTable?.nonDerivativeHolding[0].postTransactionAmounts?.valueOwnedFollowingTransaction =
            F.number("5000")
    },
    RuleCase("Form 4 derivative holding without amounts owned",
             expect: [(.sharesOrValue, "\(dh1)/postTransactionAmounts")]) {
        $0.derivativeTable?.derivativeHolding[0].postTransactionAmounts = nil
    },
    RuleCase("non-derivative transaction without shares",
             expect: [(.sharesOrValue, "\(ndt1)/transactionAmounts/transactionShares")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionShares = nil
    },
    RuleCase("total value in Table I", expect: [(.misplacedField, "\(ndt1)/transactionAmounts/transactionTotalValue")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionTotalValue = F.number("1")
    },
    RuleCase("footnote on a derivative acquired/disposed code",
             expect: [(.misplacedField, "\(dt1)/transactionAmounts/transactionAcquiredDisposedCode/footnoteId[1]")]) {
        $0.derivativeTable?.derivativeTransaction[0].transactionAmounts?.transactionAcquiredDisposedCode =
            F.text("D", "F3")
    },
    RuleCase("price with neither value nor footnote",
             expect: [(.valueOrFootnote, "\(ndt1)/transactionAmounts/transactionPricePerShare")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionPricePerShare = F.number(nil)
        $0.dropUnreferencedFootnotes()
    },
    RuleCase("derivative holding without exercise date", expect: [(.valueOrFootnote, "\(dh1)/exerciseDate")]) {
        $0.derivativeTable?.derivativeHolding[0].exerciseDate = nil
    },
    RuleCase("underlying value as empty element",
             expect: [(.valueOrFootnote, "\(dt1)/underlyingSecurity/underlyingSecurityValue"),
              (.sharesOrValue, "\(dt1)/underlyingSecurity/underlyingSecurityShares")]) {
        $0.derivativeTable?.derivativeTransaction[0].underlyingSecurity?.underlyingSecurityShares = nil
        $0.derivativeTable?.derivativeTransaction[0].underlyingSecurity?.underlyingSecurityValue = F.number(nil)
    },
    RuleCase("negative shares", expect: [(.decimal, "\(ndt1)/transactionAmounts/transactionShares")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionShares = F.number("-1000")
    },
    RuleCase("five fraction digits", expect: [(.decimal, "\(dt1)/conversionOrExercisePrice")]) {
        $0.derivativeTable?.derivativeTransaction[0].conversionOrExercisePrice = F.number("10.12345")
    },
    RuleCase("amount above the maximum",
             expect: [(.decimal, "\(ndh1)/postTransactionAmounts/sharesOwnedFollowingTransaction")]) {
        $0.nonDerivativeTable?.nonDerivativeHolding[0].postTransactionAmounts?.sharesOwnedFollowingTransaction =
            F.number("1000000000000")
    },
    // Footnotes
    RuleCase("footnote id with leading zero", expect: [(.footnoteID, "\(root)/footnotes/footnote[2]")]) {
        $0.footnotes[1].id = "F02"
        $0.nonDerivativeTable?.nonDerivativeHolding[0].ownershipNature?.natureOfOwnership = F.text("By trust", "F02")
    },
    RuleCase("footnote defined twice", expect: [(.footnoteDuplicate, "\(root)/footnotes/footnote[4]")]) {
        $0.footnotes.append(Footnote(id: "F2", text: "Again."))
    },
    RuleCase("reference to a missing footnote",
             expect: [(.footnoteUnresolved, "\(ndt1)/securityTitle/footnoteId[1]")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].securityTitle = F.text("Common Stock", "F9")
    },
    RuleCase("reference to a missing footnote from the coding",
             expect: [(.footnoteUnresolved, "\(dt1)/transactionCoding/footnoteId[2]")]) {
        $0.derivativeTable?.derivativeTransaction[0].transactionCoding?.footnoteId = ["F3", "F7"]
    },
    RuleCase("same footnote twice on one field",
             expect: [(.footnoteRepeated, "\(ndt1)/transactionAmounts/transactionPricePerShare/footnoteId[3]")]) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionPricePerShare =
            F.number(nil, "F1", "F2", "F1")
    },
    RuleCase("footnote never referenced", expect: [(.footnoteUnreferenced, "\(root)/footnotes/footnote[4]")]) {
        $0.footnotes.append(Footnote(id: "F4", text: "Nobody points here."))
    },
    RuleCase("footnote of 1001 characters", expect: [(.maxLength, "\(root)/footnotes/footnote[3]")]) {
        $0.footnotes[2].text = String(repeating: "x", count: 1001)
    },
    // Submission only
    RuleCase("officer title of 31 characters when filing", forSubmission: true,
             expect: [(.maxLength, "\(owner1)/reportingOwnerRelationship/officerTitle")]) {
        $0.reportingOwner[0].reportingOwnerRelationship.officerTitle = String(repeating: "T", count: 31)
    },
    RuleCase("issuer name sent when filing", forSubmission: true,
             expect: [(.edgarFilled, "\(root)/issuer/issuerName")]) {
        $0.issuer.issuerName = "Lantern & Pike Corp"
    },
    RuleCase("published header fields when filing", forSubmission: true,
             expect: [(.edgarFilled, "\(root)/schemaVersion"),
              (.edgarFilled, "\(owner1)/reportingOwnerId/rptOwnerName")]) {
        $0.schemaVersion = "X0508"
        $0.reportingOwner[0].reportingOwnerId.rptOwnerName = "Quill Ada"
    },
    RuleCase("no CCC when filing", forSubmission: true, expect: [(.ownerCCC, "\(owner1)/reportingOwnerId/rptOwnerCcc")]) {
        $0.reportingOwner[0].reportingOwnerId.rptOwnerCcc = nil
    },
    RuleCase("short CCC when filing", forSubmission: true, expect: [(.ownerCCC, "\(owner1)/reportingOwnerId/rptOwnerCcc")]) {
        $0.reportingOwner[0].reportingOwnerId.rptOwnerCcc = "abc"
    },
    RuleCase("obsolete state code when filing", forSubmission: true,
             expect: [(.obsoleteState, "\(owner1)/reportingOwnerAddress/rptOwnerState")]) {
        $0.reportingOwner[0].reportingOwnerAddress?.rptOwnerState = "U2"
    },
    RuleCase("signature over two lines when filing", forSubmission: true,
             expect: [(.oneLine, "\(root)/ownerSignature[1]/signatureName")]) {
        $0.ownerSignature[0].signatureName = "/s/ Ada Quill,\nattorney-in-fact"
    },
]

/// Documents that bend a rule the way EDGAR allows: they must stay clean.
let allowedCases: [RuleCase] = [
    RuleCase("Form 4 with no row but notSubjectToSection16", expect: []) {
        $0.notSubjectToSection16 = true
        $0.nonDerivativeTable = nil
        $0.derivativeTable = nil
        $0.footnotes = []
    },
    RuleCase("early form-5 transaction on a Form 4 marked E", expect: []) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionCoding?.transactionFormType = "5"
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionTimeliness = F.text("E")
    },
    RuleCase("late form-5 transaction on a Form 5 marked L", on: .form5, expect: []) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].transactionTimeliness = F.text("L")
    },
    RuleCase("direct with an empty nature element", expect: []) {
        $0.derivativeTable?.derivativeTransaction[0].ownershipNature?.natureOfOwnership = F.text("")
    },
    RuleCase("one footnote on many fields, many footnotes on one field", expect: []) {
        $0.nonDerivativeTable?.nonDerivativeTransaction[0].securityTitle = F.text("Common Stock", "F1", "F2", "F3")
    },
    RuleCase("value-valued amounts instead of shares", expect: []) {
        $0.derivativeTable?.derivativeTransaction[0].transactionAmounts?.transactionShares = nil
        $0.derivativeTable?.derivativeTransaction[0].transactionAmounts?.transactionTotalValue = F.number("2100")
        $0.derivativeTable?.derivativeTransaction[0].underlyingSecurity?.underlyingSecurityShares = nil
        $0.derivativeTable?.derivativeTransaction[0].underlyingSecurity?.underlyingSecurityValue = F.number(nil, "F3")
    },
    RuleCase("trailing zeros beyond four places and the largest amount", expect: []) {
        $0.derivativeTable?.derivativeTransaction[0].conversionOrExercisePrice = F.number("10.123400")
        $0.nonDerivativeTable?.nonDerivativeHolding[0].postTransactionAmounts?.sharesOwnedFollowingTransaction =
            F.number("999999999999.9999")
    },
    RuleCase("F99 and a 1000-character footnote", expect: []) {
        $0.footnotes[2] = Footnote(id: "F99", text: String(repeating: "y", count: 1000))
        $0.derivativeTable?.derivativeTransaction[0].exerciseDate = F.day(nil, "F99")
        $0.derivativeTable?.derivativeHolding[0] = RulesFixtures.unitsHolding
        $0.derivativeTable?.derivativeHolding[0].conversionOrExercisePrice = F.number(nil, "F99")
        $0.derivativeTable?.derivativeHolding[0].exerciseDate = F.day(nil, "F99")
        $0.derivativeTable?.derivativeHolding[0].expirationDate = F.day(nil, "F99")
    },
    RuleCase("published fields when not filing", expect: []) {
        $0.schemaVersion = "X0508"
        $0.issuer.issuerName = "Lantern & Pike Corp"
        $0.reportingOwner[0].reportingOwnerId.rptOwnerName = "Quill Ada"
        $0.reportingOwner[0].reportingOwnerId.rptOwnerCcc = nil
        $0.reportingOwner[0].reportingOwnerRelationship.officerTitle = String(repeating: "T", count: 31)
        $0.ownerSignature[0].signatureName = "/s/ Ada Quill,\nattorney-in-fact"
    },
    RuleCase("Form 5 derived flags when not filing", on: .form5, expect: []) {
        $0.form3HoldingsReported = true
        $0.form4TransactionsReported = true
    },
]

@Suite struct RulesTests {
    private func found(_ c: RuleCase) -> [RuleCase.Expected] {
        BusinessRules.check(c.document, options: RuleOptions(forSubmission: c.forSubmission)).compactMap { d in
            guard let rule = RuleID.named(d.rule), let path = d.path else { return nil }
            return RuleCase.Expected(rule: rule, path: path)
        }
    }

    @Test func fixturesAreClean() {
        for submission in [false, true] {
            let options = RuleOptions(forSubmission: submission)
            #expect(BusinessRules.check(RulesFixtures.form3(), options: options) == [])
            #expect(BusinessRules.check(RulesFixtures.form4(), options: options) == [])
            #expect(BusinessRules.check(RulesFixtures.form5(), options: options) == [])
        }
    }

    @Test(arguments: ruleCases) func brokenRuleIsReported(_ c: RuleCase) {
        let diagnostics = BusinessRules.check(c.document, options: RuleOptions(forSubmission: c.forSubmission))
        #expect(Set(found(c)) == Set(c.expected))
        #expect(diagnostics.count == c.expected.count)
        for d in diagnostics {
            #expect(RuleID.named(d.rule)?.severity == d.severity, "\(d.rule) reported with its catalogue severity")
            #expect(!d.message.isEmpty)
        }
        if c.forSubmission {
            // Submission-only findings stay silent on a published document.
            let published = BusinessRules.check(c.document, options: RuleOptions(forSubmission: false))
            #expect(published == [])
        }
    }

    @Test(arguments: allowedCases) func allowedVariantIsClean(_ c: RuleCase) {
        #expect(found(c) == [])
    }

    @Test func everyRuleHasABreakingCase() {
        let covered = Set(ruleCases.flatMap { $0.expected.map(\.rule.id) })
        let catalogue = RuleID.all.map(\.id)
        #expect(Set(catalogue).subtracting(covered).sorted() == [])
        #expect(Set(catalogue).count == catalogue.count, "rule ids are unique")
        for id in catalogue {
            #expect(id.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }, "\(id) is upper-case")
        }
    }

    @Test func ruleSeveritiesFollowTheSpec() {
        // SUSPENSE cases are errors; the spec's WARNING cases (and EDGAR-tolerated ones) are warnings.
        let warnings = Set(RuleID.all.filter { $0.severity == .warning }.map(\.id))
        #expect(warnings == ["EDGAR-FILLED", "HOLDINGS-ONLY", "TIMELINESS-ON-TIME", "ONE-LINE"])
        #expect(RuleID.edgarFilled.submissionOnly && RuleID.ownerCCC.submissionOnly && RuleID.oneLine.submissionOnly)
    }

    /// docs/RULES.md lists every rule once, with the catalogue's severity.
    @Test func rulesDocumentMatchesTheCatalogue() throws {
        let url = Paths.packageRoot.appendingPathComponent("docs/RULES.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        let documented = rows.map { row in
            row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.prefix(2)
                .joined(separator: " ")
        }
        let catalogue = RuleID.all.map { "`\($0.id)` \($0.severity.rawValue)" }
        #expect(documented.sorted() == catalogue.sorted())
    }

    @Test func duplicateOwnersAreFoundWhateverTheirPosition() {
        var d = RulesFixtures.form4()
        d.reportingOwner = [F.owner(cik: "333"), F.owner(cik: "0000222222"), F.owner(cik: "0000000333")]
        let paths = BusinessRules.check(d).filter { $0.rule == "DUPLICATE-OWNER" }.map(\.path)
        #expect(paths == ["\(root)/reportingOwner[3]/reportingOwnerId/rptOwnerCik"])
    }
}
