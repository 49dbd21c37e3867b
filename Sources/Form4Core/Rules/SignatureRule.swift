/// §4.3.7: signatures are not tied to owners, so their number need not match;
/// there must simply be one to ten of them.
extension RuleContext {
    mutating func checkSignatures() {
        let count = document.ownerSignature.count
        if count == 0 {
            report(.signatureCount, "a document has at least one ownerSignature", at: "\(RulePath.root)/ownerSignature")
        } else if count > 10 {
            report(.signatureCount, "a document has at most 10 owner signatures (found \(count))",
                   at: RulePath.signature(10))
        }
    }
}
