import Form4Core
import Testing

/// Diagnostics from libxml2 name a lone element without a rank
/// (`reportingOwner`), readers record it with one (`reportingOwner[1]`); both
/// must find the same input line.
@Suite struct SourceMapTests {
    let map = SourceMap(locations: [
        "/ownershipDocument/issuer/issuerName": Form4Core.SourceLocation(file: "f", line: 12, column: 58),
        "/ownershipDocument/issuer/issuerTradingSymbol": Form4Core.SourceLocation(file: "f", line: 12, column: 70),
        "/ownershipDocument/reportingOwner[1]/reportingOwnerId/rptOwnerName": Form4Core.SourceLocation(file: "f", line: 14, column: 1),
        "/ownershipDocument/reportingOwner[2]/reportingOwnerId/rptOwnerName": Form4Core.SourceLocation(file: "f", line: 20, column: 1),
        "/ownershipDocument/derivativeTable/derivativeHolding[1]/securityTitle/value": Form4Core.SourceLocation(file: "f", line: 40, column: 3),
    ])

    func located(_ path: String) -> Form4Core.SourceLocation? {
        map.locate([Diagnostic(severity: .error, rule: "XSD", message: "m", path: path)]).first?.location
    }

    @Test func rankOneIsOptionalOnEitherSide() {
        #expect(located("/ownershipDocument/reportingOwner/reportingOwnerId/rptOwnerName")?.line == 14)
        #expect(located("/ownershipDocument/reportingOwner[1]/reportingOwnerId/rptOwnerCik")?.line == 14)
        #expect(located("/ownershipDocument/derivativeTable/derivativeHolding/securityTitle")?.line == 40)
        #expect(map.nearest("/ownershipDocument/derivativeTable/derivativeHolding/securityTitle/value")?.line == 40)
        #expect(map.nearest("/ownershipDocument/issuer[1]/issuerName")?.line == 12)
    }

    @Test func otherRanksAreKept() {
        #expect(located("/ownershipDocument/reportingOwner[2]/reportingOwnerId/rptOwnerName")?.line == 20)
        #expect(map.nearest("/ownershipDocument/reportingOwner[3]/reportingOwnerId") == nil)
        // A third owner's missing CIK points at no other owner's name.
        #expect(located("/ownershipDocument/reportingOwner[3]/reportingOwnerId/rptOwnerCik") == nil)
    }

    @Test func anElementWithoutItsOwnPlacePointsAtItsFirstContent() {
        let issuer = located("/ownershipDocument/issuer")
        #expect(issuer?.line == 12)
        #expect(issuer?.column == 58)
        // The root's content is the whole input: no place is better than any other.
        #expect(located("/ownershipDocument") == nil)
        #expect(located("/ownershipDocument/ownerSignature") == nil)
    }
}
