/// Table I: non-derivative securities acquired, disposed of or owned.
///
/// EDGAR's schema lets transactions and holdings interleave; filers write
/// transactions first, and the writer does too.
public struct NonDerivativeTable: Sendable, Hashable, Codable {
    public var nonDerivativeTransaction: [NonDerivativeTransaction]
    public var nonDerivativeHolding: [NonDerivativeHolding]

    public init(nonDerivativeTransaction: [NonDerivativeTransaction] = [],
                nonDerivativeHolding: [NonDerivativeHolding] = []) {
        self.nonDerivativeTransaction = nonDerivativeTransaction
        self.nonDerivativeHolding = nonDerivativeHolding
    }

    public var isEmpty: Bool { nonDerivativeTransaction.isEmpty && nonDerivativeHolding.isEmpty }
}

/// Table II: derivative securities (options, warrants, convertibles …).
public struct DerivativeTable: Sendable, Hashable, Codable {
    public var derivativeTransaction: [DerivativeTransaction]
    public var derivativeHolding: [DerivativeHolding]

    public init(derivativeTransaction: [DerivativeTransaction] = [], derivativeHolding: [DerivativeHolding] = []) {
        self.derivativeTransaction = derivativeTransaction
        self.derivativeHolding = derivativeHolding
    }

    public var isEmpty: Bool { derivativeTransaction.isEmpty && derivativeHolding.isEmpty }
}

public struct NonDerivativeTransaction: Sendable, Hashable, Codable {
    public var securityTitle: Footnoted<String>?
    public var transactionDate: Footnoted<DateText>?
    public var deemedExecutionDate: Footnoted<DateText>?
    public var transactionCoding: TransactionCoding?
    public var transactionTimeliness: Footnoted<String>?
    public var transactionAmounts: TransactionAmounts?
    public var postTransactionAmounts: PostTransactionAmounts?
    public var ownershipNature: OwnershipNature?

    public init(securityTitle: Footnoted<String>? = nil, transactionDate: Footnoted<DateText>? = nil,
                deemedExecutionDate: Footnoted<DateText>? = nil, transactionCoding: TransactionCoding? = nil,
                transactionTimeliness: Footnoted<String>? = nil, transactionAmounts: TransactionAmounts? = nil,
                postTransactionAmounts: PostTransactionAmounts? = nil, ownershipNature: OwnershipNature? = nil) {
        self.securityTitle = securityTitle
        self.transactionDate = transactionDate
        self.deemedExecutionDate = deemedExecutionDate
        self.transactionCoding = transactionCoding
        self.transactionTimeliness = transactionTimeliness
        self.transactionAmounts = transactionAmounts
        self.postTransactionAmounts = postTransactionAmounts
        self.ownershipNature = ownershipNature
    }
}

public struct NonDerivativeHolding: Sendable, Hashable, Codable {
    public var securityTitle: Footnoted<String>?
    /// Form 5 only: a late Form 3 holding carries `transactionFormType` 3.
    public var transactionCoding: TransactionCoding?
    public var postTransactionAmounts: PostTransactionAmounts?
    public var ownershipNature: OwnershipNature?

    public init(securityTitle: Footnoted<String>? = nil, transactionCoding: TransactionCoding? = nil,
                postTransactionAmounts: PostTransactionAmounts? = nil, ownershipNature: OwnershipNature? = nil) {
        self.securityTitle = securityTitle
        self.transactionCoding = transactionCoding
        self.postTransactionAmounts = postTransactionAmounts
        self.ownershipNature = ownershipNature
    }
}

public struct DerivativeTransaction: Sendable, Hashable, Codable {
    public var securityTitle: Footnoted<String>?
    public var conversionOrExercisePrice: Footnoted<DecimalText>?
    public var transactionDate: Footnoted<DateText>?
    public var deemedExecutionDate: Footnoted<DateText>?
    public var transactionCoding: TransactionCoding?
    public var transactionTimeliness: Footnoted<String>?
    public var transactionAmounts: TransactionAmounts?
    public var exerciseDate: Footnoted<DateText>?
    public var expirationDate: Footnoted<DateText>?
    public var underlyingSecurity: UnderlyingSecurity?
    public var postTransactionAmounts: PostTransactionAmounts?
    public var ownershipNature: OwnershipNature?

    public init(securityTitle: Footnoted<String>? = nil, conversionOrExercisePrice: Footnoted<DecimalText>? = nil,
                transactionDate: Footnoted<DateText>? = nil, deemedExecutionDate: Footnoted<DateText>? = nil,
                transactionCoding: TransactionCoding? = nil, transactionTimeliness: Footnoted<String>? = nil,
                transactionAmounts: TransactionAmounts? = nil, exerciseDate: Footnoted<DateText>? = nil,
                expirationDate: Footnoted<DateText>? = nil, underlyingSecurity: UnderlyingSecurity? = nil,
                postTransactionAmounts: PostTransactionAmounts? = nil, ownershipNature: OwnershipNature? = nil) {
        self.securityTitle = securityTitle
        self.conversionOrExercisePrice = conversionOrExercisePrice
        self.transactionDate = transactionDate
        self.deemedExecutionDate = deemedExecutionDate
        self.transactionCoding = transactionCoding
        self.transactionTimeliness = transactionTimeliness
        self.transactionAmounts = transactionAmounts
        self.exerciseDate = exerciseDate
        self.expirationDate = expirationDate
        self.underlyingSecurity = underlyingSecurity
        self.postTransactionAmounts = postTransactionAmounts
        self.ownershipNature = ownershipNature
    }
}

public struct DerivativeHolding: Sendable, Hashable, Codable {
    public var securityTitle: Footnoted<String>?
    public var conversionOrExercisePrice: Footnoted<DecimalText>?
    /// Form 5 only: a late Form 3 holding carries `transactionFormType` 3.
    public var transactionCoding: TransactionCoding?
    public var exerciseDate: Footnoted<DateText>?
    public var expirationDate: Footnoted<DateText>?
    public var underlyingSecurity: UnderlyingSecurity?
    public var postTransactionAmounts: PostTransactionAmounts?
    public var ownershipNature: OwnershipNature?

    public init(securityTitle: Footnoted<String>? = nil, conversionOrExercisePrice: Footnoted<DecimalText>? = nil,
                transactionCoding: TransactionCoding? = nil, exerciseDate: Footnoted<DateText>? = nil,
                expirationDate: Footnoted<DateText>? = nil, underlyingSecurity: UnderlyingSecurity? = nil,
                postTransactionAmounts: PostTransactionAmounts? = nil, ownershipNature: OwnershipNature? = nil) {
        self.securityTitle = securityTitle
        self.conversionOrExercisePrice = conversionOrExercisePrice
        self.transactionCoding = transactionCoding
        self.exerciseDate = exerciseDate
        self.expirationDate = expirationDate
        self.underlyingSecurity = underlyingSecurity
        self.postTransactionAmounts = postTransactionAmounts
        self.ownershipNature = ownershipNature
    }
}
