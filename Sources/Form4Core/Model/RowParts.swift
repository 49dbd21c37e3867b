/// Column 3 of the form: how and on which form a transaction is reported.
public struct TransactionCoding: Sendable, Hashable, Codable {
    /// `4` or `5` for transactions; `3` for a late holding on a Form 5.
    public var transactionFormType: String?
    /// One of EDGAR's transaction codes (`P`, `S`, `M`, …; see ``TransactionCode``).
    public var transactionCode: String?
    public var equitySwapInvolved: Bool?
    public var footnoteId: [String]

    public init(transactionFormType: String? = nil, transactionCode: String? = nil,
                equitySwapInvolved: Bool? = nil, footnoteId: [String] = []) {
        self.transactionFormType = transactionFormType
        self.transactionCode = transactionCode
        self.equitySwapInvolved = equitySwapInvolved
        self.footnoteId = footnoteId
    }
}

/// The amounts of a transaction. Table II uses `transactionTotalValue` in
/// place of `transactionShares` for securities counted in money, and its
/// acquired/disposed code takes no footnote.
public struct TransactionAmounts: Sendable, Hashable, Codable {
    public var transactionShares: Footnoted<DecimalText>?
    public var transactionTotalValue: Footnoted<DecimalText>?
    public var transactionPricePerShare: Footnoted<DecimalText>?
    /// `A` (acquired) or `D` (disposed).
    public var transactionAcquiredDisposedCode: Footnoted<String>?

    public init(transactionShares: Footnoted<DecimalText>? = nil, transactionTotalValue: Footnoted<DecimalText>? = nil,
                transactionPricePerShare: Footnoted<DecimalText>? = nil,
                transactionAcquiredDisposedCode: Footnoted<String>? = nil) {
        self.transactionShares = transactionShares
        self.transactionTotalValue = transactionTotalValue
        self.transactionPricePerShare = transactionPricePerShare
        self.transactionAcquiredDisposedCode = transactionAcquiredDisposedCode
    }
}

/// What is owned after the reported transactions: shares, or a money value.
public struct PostTransactionAmounts: Sendable, Hashable, Codable {
    public var sharesOwnedFollowingTransaction: Footnoted<DecimalText>?
    public var valueOwnedFollowingTransaction: Footnoted<DecimalText>?

    public init(sharesOwnedFollowingTransaction: Footnoted<DecimalText>? = nil,
                valueOwnedFollowingTransaction: Footnoted<DecimalText>? = nil) {
        self.sharesOwnedFollowingTransaction = sharesOwnedFollowingTransaction
        self.valueOwnedFollowingTransaction = valueOwnedFollowingTransaction
    }
}

/// Direct (`D`) or indirect (`I`) ownership, and for indirect, how.
public struct OwnershipNature: Sendable, Hashable, Codable {
    public var directOrIndirectOwnership: Footnoted<String>?
    public var natureOfOwnership: Footnoted<String>?

    public init(directOrIndirectOwnership: Footnoted<String>? = nil, natureOfOwnership: Footnoted<String>? = nil) {
        self.directOrIndirectOwnership = directOrIndirectOwnership
        self.natureOfOwnership = natureOfOwnership
    }
}

/// The security a derivative converts into (Table II column 7).
public struct UnderlyingSecurity: Sendable, Hashable, Codable {
    public var underlyingSecurityTitle: Footnoted<String>?
    public var underlyingSecurityShares: Footnoted<DecimalText>?
    public var underlyingSecurityValue: Footnoted<DecimalText>?

    public init(underlyingSecurityTitle: Footnoted<String>? = nil,
                underlyingSecurityShares: Footnoted<DecimalText>? = nil,
                underlyingSecurityValue: Footnoted<DecimalText>? = nil) {
        self.underlyingSecurityTitle = underlyingSecurityTitle
        self.underlyingSecurityShares = underlyingSecurityShares
        self.underlyingSecurityValue = underlyingSecurityValue
    }
}
