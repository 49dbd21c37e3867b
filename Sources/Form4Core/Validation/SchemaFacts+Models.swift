/// The content models of `Schemas/*.xsd`, written out as particles: the
/// schema's groups are inlined, each complex type is the sequence of its
/// elements and choices with their occurrences. The XSD stays the reference;
/// `SchemaFactsTests` compare what these give with libxml2 on the schema.
extension SchemaFacts {
    /// What an element holds.
    ///
    /// Only the complex case is boxed: a leaf's kind is copied for every value
    /// checked, and a box would make each of those copies a retain and a release.
    enum Kind {
        /// Elements only: a named type and its particles.
        indirect case complex(String, [Particle])
        /// Text of a simple type.
        case leaf(Simple)
        /// `AmountOrFootnote`, `DateOrFootnote`: a value (of the simple type)
        /// with up to 98 footnote references, or 1 to 99 references alone.
        case valueOrFootnotes(Simple)
        /// `<footnoteId id="F1"/>`
        case footnoteReference
        /// `<footnote id="F1">text</footnote>`
        case footnoteText
    }

    /// An element, or a choice of elements, with its occurrences.
    ///
    /// Names and kinds are kept apart: looking a name up then walks plain
    /// static strings, and only the kind matched is copied (each copy of a
    /// kind retains its box).
    struct Particle {
        var names: [StaticString]
        var kinds: [Kind]
        var min: Int
        var max: Int

        init(children: [(name: StaticString, kind: Kind)], min: Int, max: Int) {
            names = children.map(\.name)
            kinds = children.map(\.kind)
            self.min = min
            self.max = max
        }

        func type(of name: StaticString) -> Kind? {
            for i in names.indices where SchemaFacts.same(names[i], name) { return kinds[i] }
            return nil
        }
    }

    /// The simple types of the leaves.
    enum Simple {
        case versionTag, date, boolean, cik, registeredName, tradingSymbol, foreignTradingSymbol, confirmationCode
        case street, city, state, postalCode, stateDescription, role, remarks, signer, title, nature, amount
        case acquiredDisposed, directOrIndirect, timeliness, transactionFormCode, holdingFormCode, transactionCode
        case documentType(DocumentType)
    }

    private static func one(_ name: StaticString, _ kind: Kind, min: Int = 1, max: Int = 1) -> Particle {
        Particle(children: [(name, kind)], min: min, max: max)
    }

    private static func optional(_ name: StaticString, _ kind: Kind) -> Particle {
        one(name, kind, min: 0)
    }

    private static func choice(_ children: [(StaticString, Kind)], min: Int = 1, max: Int = 1) -> Particle {
        Particle(children: children.map { (name: $0.0, kind: $0.1) }, min: min, max: max)
    }

    // Fields: a <value> and its footnotes.
    private static let footnotes99 = one("footnoteId", .footnoteReference, min: 0, max: 99)
    private static func field(_ simple: Simple) -> Kind {
        .complex("field", [one("value", .leaf(simple)), footnotes99])
    }
    private static let titleField = field(.title)
    private static let amountField = field(.amount)
    private static let dateField = field(.date)
    private static let amountOrFootnote = Kind.valueOrFootnotes(.amount)
    private static let dateOrFootnote = Kind.valueOrFootnotes(.date)
    private static let optionalDateField = Kind.complex("OptionalDateField", [optional("value", .leaf(.date)), footnotes99])
    private static let acquiredDisposedField = field(.acquiredDisposed)
    private static let acquiredDisposedBare = Kind.complex("AcquiredOrDisposedBare", [one("value", .leaf(.acquiredDisposed))])
    private static let directOrIndirectField = field(.directOrIndirect)
    private static let natureField = field(.nature)
    private static let timelinessField = Kind.complex("TimelinessField", [optional("value", .leaf(.timeliness)), footnotes99])
    private static let timelinessBare = Kind.complex("TimelinessBare", [optional("value", .leaf(.timeliness))])

    // Parts of a row.
    private static let coding = Kind.complex("TransactionCoding", [
        one("transactionFormType", .leaf(.transactionFormCode)), one("transactionCode", .leaf(.transactionCode)),
        one("equitySwapInvolved", .leaf(.boolean)), footnotes99,
    ])
    private static let holdingCoding = Kind.complex("HoldingCoding", [
        one("transactionFormType", .leaf(.holdingFormCode)), footnotes99,
    ])
    private static let nonDerivativeAmounts = Kind.complex("NonDerivativeTradeAmounts", [
        one("transactionShares", amountField), one("transactionPricePerShare", amountOrFootnote),
        one("transactionAcquiredDisposedCode", acquiredDisposedField),
    ])
    private static let derivativeAmounts = Kind.complex("DerivativeTradeAmounts", [
        choice([("transactionShares", amountField), ("transactionTotalValue", amountField)]),
        one("transactionPricePerShare", amountOrFootnote), one("transactionAcquiredDisposedCode", acquiredDisposedBare),
    ])
    private static let amountsAfter = Kind.complex("AmountsAfter", [
        choice([("sharesOwnedFollowingTransaction", amountField), ("valueOwnedFollowingTransaction", amountField)]),
    ])
    private static let ownershipForm = Kind.complex("OwnershipForm", [
        one("directOrIndirectOwnership", directOrIndirectField), optional("natureOfOwnership", natureField),
    ])
    private static let underlying = Kind.complex("UnderlyingSecurity", [
        one("underlyingSecurityTitle", titleField),
        choice([("underlyingSecurityShares", amountOrFootnote), ("underlyingSecurityValue", amountOrFootnote)], min: 0),
    ])

    // Rows.
    private static func nonDerivativeTrade(_ timeliness: Kind) -> Kind {
        .complex("NonDerivativeTrade", [
            one("securityTitle", titleField), one("transactionDate", dateField),
            optional("deemedExecutionDate", optionalDateField), optional("transactionCoding", coding),
            optional("transactionTimeliness", timeliness),
            one("transactionAmounts", nonDerivativeAmounts), one("postTransactionAmounts", amountsAfter),
            one("ownershipNature", ownershipForm),
        ])
    }
    private static func derivativeTrade(_ timeliness: Kind) -> Kind {
        .complex("DerivativeTrade", [
            one("securityTitle", titleField), one("conversionOrExercisePrice", amountOrFootnote),
            one("transactionDate", dateField), optional("deemedExecutionDate", optionalDateField),
            optional("transactionCoding", coding), optional("transactionTimeliness", timeliness),
            one("transactionAmounts", derivativeAmounts), one("exerciseDate", dateOrFootnote),
            one("expirationDate", dateOrFootnote), one("underlyingSecurity", underlying),
            one("postTransactionAmounts", amountsAfter), one("ownershipNature", ownershipForm),
        ])
    }
    private static let nonDerivativePosition = Kind.complex("NonDerivativePosition", [
        one("securityTitle", titleField), one("postTransactionAmounts", amountsAfter), one("ownershipNature", ownershipForm),
    ])
    private static let derivativePosition = Kind.complex("DerivativePosition", [
        one("securityTitle", titleField), one("conversionOrExercisePrice", amountOrFootnote),
        one("exerciseDate", dateOrFootnote), one("expirationDate", dateOrFootnote), one("underlyingSecurity", underlying),
        one("postTransactionAmounts", amountsAfter), one("ownershipNature", ownershipForm),
    ])
    private static let derivativePositionOnForm3 = Kind.complex("DerivativePositionOnForm3", [
        one("securityTitle", titleField), one("conversionOrExercisePrice", amountOrFootnote),
        one("exerciseDate", dateOrFootnote), one("expirationDate", dateOrFootnote), one("underlyingSecurity", underlying),
        one("ownershipNature", ownershipForm),
    ])
    private static let nonDerivativePositionOnForm5 = Kind.complex("NonDerivativePositionOnForm5", [
        one("securityTitle", titleField), optional("transactionCoding", holdingCoding),
        one("postTransactionAmounts", amountsAfter), one("ownershipNature", ownershipForm),
    ])
    private static let derivativePositionOnForm5 = Kind.complex("DerivativePositionOnForm5", [
        one("securityTitle", titleField), one("conversionOrExercisePrice", amountOrFootnote),
        optional("transactionCoding", holdingCoding), one("exerciseDate", dateOrFootnote),
        one("expirationDate", dateOrFootnote), one("underlyingSecurity", underlying),
        one("postTransactionAmounts", amountsAfter), one("ownershipNature", ownershipForm),
    ])

    // Tables.
    private static let nonDerivativeRowsForm3 = Kind.complex("NonDerivativeRowsForm3", [
        one("nonDerivativeHolding", nonDerivativePosition, min: 0, max: 30),
    ])
    private static let derivativeRowsForm3 = Kind.complex("DerivativeRowsForm3", [
        one("derivativeHolding", derivativePositionOnForm3, min: 0, max: 30),
    ])
    private static let nonDerivativeRowsForm4 = Kind.complex("NonDerivativeRowsForm4", [
        choice([("nonDerivativeTransaction", nonDerivativeTrade(timelinessField)),
                ("nonDerivativeHolding", nonDerivativePosition)], min: 0, max: 30),
    ])
    private static let derivativeRowsForm4 = Kind.complex("DerivativeRowsForm4", [
        choice([("derivativeTransaction", derivativeTrade(timelinessField)), ("derivativeHolding", derivativePosition)],
               min: 0, max: 30),
    ])
    private static let nonDerivativeRowsForm5 = Kind.complex("NonDerivativeRowsForm5", [
        choice([("nonDerivativeTransaction", nonDerivativeTrade(timelinessBare)),
                ("nonDerivativeHolding", nonDerivativePositionOnForm5)], min: 0, max: 30),
    ])
    private static let derivativeRowsForm5 = Kind.complex("DerivativeRowsForm5", [
        choice([("derivativeTransaction", derivativeTrade(timelinessBare)), ("derivativeHolding", derivativePositionOnForm5)],
               min: 0, max: 30),
    ])

    // Issuer, owners, signatures.
    private static let issuer = Kind.complex("IssuerInfo", [
        one("issuerCik", .leaf(.cik)), optional("issuerName", .leaf(.registeredName)),
        one("issuerTradingSymbol", .leaf(.tradingSymbol)),
        optional("issuerForeignTradingSymbol", .leaf(.foreignTradingSymbol)),
    ])
    private static let ownerIdentity = Kind.complex("OwnerIdentity", [
        one("rptOwnerCik", .leaf(.cik)), optional("rptOwnerCcc", .leaf(.confirmationCode)),
        optional("rptOwnerName", .leaf(.registeredName)),
    ])
    private static let ownerAddress = Kind.complex("OwnerAddress", [
        optional("rptOwnerStreet1", .leaf(.street)), optional("rptOwnerStreet2", .leaf(.street)),
        optional("rptOwnerCity", .leaf(.city)), optional("rptOwnerState", .leaf(.state)),
        optional("rptOwnerZipCode", .leaf(.postalCode)), optional("rptOwnerStateDescription", .leaf(.stateDescription)),
        optional("rptOwnerGoodAddress", .leaf(.boolean)),
    ])
    private static let ownerRelationship = Kind.complex("OwnerRelationship", [
        optional("isDirector", .leaf(.boolean)), optional("isOfficer", .leaf(.boolean)),
        optional("isTenPercentOwner", .leaf(.boolean)), optional("isOther", .leaf(.boolean)),
        optional("officerTitle", .leaf(.role)), optional("otherText", .leaf(.role)),
    ])
    private static let reportingPerson = Kind.complex("ReportingPerson", [
        one("reportingOwnerId", ownerIdentity), optional("reportingOwnerAddress", ownerAddress),
        one("reportingOwnerRelationship", ownerRelationship),
    ])
    private static let signatureBlock = Kind.complex("SignatureBlock", [
        one("signatureName", .leaf(.signer)), one("signatureDate", .leaf(.date)),
    ])
    private static let footnoteList = Kind.complex("FootnoteList", [
        one("footnote", .footnoteText, min: 0, max: 99),
    ])

    // The bodies after each form's header.
    private static let closingParts: [Particle] = [
        optional("footnotes", footnoteList), optional("remarks", .leaf(.remarks)),
        one("ownerSignature", signatureBlock, max: 10),
    ]
    private static let form3Body: [Particle] = [
        one("issuer", issuer), one("reportingOwner", reportingPerson, max: 10),
        optional("nonDerivativeTable", nonDerivativeRowsForm3), optional("derivativeTable", derivativeRowsForm3),
    ] + closingParts
    private static let form4Body: [Particle] = [
        one("issuer", issuer), one("reportingOwner", reportingPerson, max: 10), optional("aff10b5One", .leaf(.boolean)),
        optional("nonDerivativeTable", nonDerivativeRowsForm4), optional("derivativeTable", derivativeRowsForm4),
    ] + closingParts
    private static let form5Body: [Particle] = [
        one("issuer", issuer), one("reportingOwner", reportingPerson, max: 10), optional("aff10b5One", .leaf(.boolean)),
        optional("nonDerivativeTable", nonDerivativeRowsForm5), optional("derivativeTable", derivativeRowsForm5),
    ] + closingParts

    private static func header(_ type: DocumentType) -> [Particle] {
        var head = [optional("schemaVersion", .leaf(.versionTag)), one("documentType", .leaf(.documentType(type))),
                    one("periodOfReport", .leaf(.date))]
        switch type {
        case .form3A, .form4A, .form5A: head.append(one("dateOfOriginalSubmission", .leaf(.date)))
        case .form3, .form4, .form5: break
        }
        switch type.baseForm {
        case 3:
            head.append(optional("noSecuritiesOwned", .leaf(.boolean)))
        case 4:
            head.append(optional("notSubjectToSection16", .leaf(.boolean)))
        default:
            head += [optional("notSubjectToSection16", .leaf(.boolean)), optional("form3HoldingsReported", .leaf(.boolean)),
                     optional("form4TransactionsReported", .leaf(.boolean))]
        }
        return head
    }

    private static let roots: [DocumentType: [Particle]] = Dictionary(uniqueKeysWithValues: DocumentType.allCases.map {
        type in
        let body = switch type.baseForm {
        case 3: form3Body
        case 4: form4Body
        default: form5Body
        }
        return (type, header(type) + body)
    })

    /// The particles of `ownershipDocument` in the schema for `type`.
    static func root(_ type: DocumentType) -> [Particle] {
        roots[type]!
    }
}
