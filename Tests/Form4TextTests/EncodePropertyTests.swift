import Form4Core
import Testing
@testable import Form4Text

/// Issue 3's property test: random valid documents printed in every loose
/// style encode back with every critical field exactly right or reported.
///
/// The law (never silently wrong) is asserted for every style. "Exactly
/// right" is asserted only at the level the parser already reaches, so the
/// test catches a regression without pretending the parser is done: the
/// floors below were measured on these seeds (see the comment on
/// `exactFloor`) and set a little under what was measured.
@Suite struct EncodePropertyTests {
    /// Seeds per style: every generator profile (seed % 8) several times,
    /// the whole suite well under a minute in a debug build.
    static let seeds: [UInt64] = Array(0..<40)

    /// Share of critical fields exactly right, per noise-free style, measured
    /// on seeds 0..<40 and set just below: layout 87.4%, markdownTable 78.3%,
    /// boxDrawing 88.9% (2026-11-26, encode commit 502b627); plain 62.0%
    /// (the cell-stream reader; it was 14.1% when one cell per line was not
    /// read at all). Raise them as the parser improves; never lower them to
    /// make a run pass.
    static let exactFloor: [LooseStyle: Double] = [
        .layout: 0.86, .markdownTable: 0.77, .boxDrawing: 0.88, .plain: 0.60,
    ]

    @Test(arguments: EncodeProperty.Variant.all)
    func everyCriticalFieldIsRightOrReported(_ variant: EncodeProperty.Variant) {
        let tally = EncodeProperty.run(Self.seeds, variant)
        #expect(tally.documents == Self.seeds.count)
        #expect(tally.fields > 0)
        let shown = tally.silent.prefix(10).map(\.description).joined(separator: "\n")
        #expect(tally.silentlyWrong == 0, "\(tally.silentlyWrong) critical values silently wrong in \(variant):\n\(shown)")
        if !variant.noise, let floor = Self.exactFloor[variant.style] {
            #expect(tally.exactShare >= floor, "\(variant): \(tally.exact) of \(tally.fields) exactly right, below the floor \(floor)")
        }
    }

    /// The renderer is honest: every critical value of the document is
    /// printed, as the form prints it, on the lines the rendering says.
    /// Cases the long scan (`scripts/encode-property`) once found silently wrong,
    /// kept so that they stay right or reported. Seed 597, plain: cells one under
    /// another with no blank line; a lone "0" under "Form 3" was taken for a word
    /// of a wrapped title, and its row ran into the nature of the row above.
    /// Seed 248, box drawing with OCR noise: the pieces of a row that fell
    /// apart (a title's "$0.01(7)" and the next row's nature) made a row with
    /// no title, whose lost D/I was inferred from the nature, which hid that
    /// the row was missing its D/I.
    /// Seed 1104, layout: "value $0.01" (the end of "Common Stock, par value
    /// $0.01") beside a nature's last line was read as a row of values, and
    /// the row under it lost its figures to it.
    @Test func casesTheLongScanFoundStayRightOrReported() {
        for (seed, style, noise) in [(UInt64(597), LooseStyle.plain, false), (UInt64(248), LooseStyle.boxDrawing, true),
                                     (UInt64(1104), LooseStyle.layout, false)] {
            let tally = EncodeProperty.run([seed], EncodeProperty.Variant(style: style, noise: noise))
            let shown = tally.silent.prefix(10).map(\.description).joined(separator: "\n")
            #expect(tally.silentlyWrong == 0, "seed \(seed) \(style):\n\(shown)")
        }
    }

    @Test(arguments: LooseStyle.allCases)
    func everyValueIsPrintedWhereTheRenderingSays(_ style: LooseStyle) {
        var problems: [String] = []
        for seed in Self.seeds {
            let d = DocumentGenerator.document(seed: seed)
            let r = LooseRenderer.render(d, style: style, seed: seed)
            let lines = r.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (key, value) in EncodeProperty.criticalFields(d) where !key.contains("/footnote") && !key.hasSuffix("/footnoteId") {
                guard let span = r.lines[key] else { problems.append("seed \(seed) \(key): no lines"); continue }
                // Table II shows A or D by the column the amount is in, not as a letter.
                if key.contains("/derivativeTable/") && key.hasSuffix("transactionAcquiredDisposedCode") { continue }
                let printed = key.hasSuffix("Date") || key.hasSuffix("Submission") || key.hasSuffix("periodOfReport")
                    ? DateText(value)?.formDate ?? value : value
                let text = span.map { String(lines[$0 - 1]) }.joined(separator: " ").replacingOccurrences(of: ",", with: "")
                if !text.contains(printed) { problems.append("seed \(seed) \(key): \(printed) not on lines \(span)") }
            }
            for (k, f) in d.footnotes.enumerated() {
                let path = "/ownershipDocument/footnotes/footnote[\(k + 1)]"
                guard let span = r.lines[path] else { problems.append("seed \(seed) \(path): no lines"); continue }
                let text = EncodeProperty.folded(span.map { String(lines[$0 - 1]) }.joined(separator: " ")
                    .replacingOccurrences(of: "\\$", with: "$"))
                if !text.contains(EncodeProperty.folded(f.text)) { problems.append("seed \(seed) \(path): text not on lines \(span)") }
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems; first: \(problems.prefix(5).joined(separator: "\n"))")
    }

    /// Same seed, same text; another seed, other widths.
    @Test(arguments: LooseStyle.allCases)
    func renderingIsReproducibleFromItsSeed(_ style: LooseStyle) {
        let d = DocumentGenerator.document(seed: 5)
        let a = LooseRenderer.render(d, style: style, seed: 5, noise: true)
        let b = LooseRenderer.render(d, style: style, seed: 5, noise: true)
        let c = LooseRenderer.render(d, style: style, seed: 6, noise: true)
        #expect(a.text == b.text && a.damaged == b.damaged)
        #expect(a.text != c.text)
    }

    /// The noise pass records what it damaged, and what it records is really different in print.
    @Test func ocrNoiseRecordsTheValuesItDamaged() {
        var damagedSomewhere = 0
        for seed in Self.seeds {
            let d = DocumentGenerator.document(seed: seed)
            let clean = LooseRenderer.render(d, style: .layout, seed: seed)
            let noisy = LooseRenderer.render(d, style: .layout, seed: seed, noise: true)
            damagedSomewhere += noisy.damaged.count
            if noisy.damaged.isEmpty { continue }
            #expect(clean.text != noisy.text, "seed \(seed): damage recorded but the text is unchanged")
        }
        #expect(damagedSomewhere > 20)
    }

    /// The judge itself: a wrong value with no diagnostic counts as silent,
    /// the same value with a diagnostic on its row counts as reported.
    @Test func theJudgeTellsReportedFromSilent() {
        let d = DocumentGenerator.document(seed: 2)
        let r = LooseRenderer.render(d, style: .layout, seed: 2)
        let key = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]/transactionAmounts/transactionPricePerShare"
        let row = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]"
        #expect(!EncodeProperty.isReported(key, [], r))
        #expect(EncodeProperty.isReported(key, [Diagnostic.warning("X", "doubt", path: row)], r))
        let other = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[10]"
        #expect(!EncodeProperty.isReported(key, [Diagnostic.warning("X", "doubt", path: other)], r))
        let line = try? #require(r.lines[row]?.lowerBound)
        var onLine = Diagnostic.warning("X", "doubt")
        onLine.location = SourceLocation(line: line ?? 0)
        #expect(EncodeProperty.isReported(key, [onLine], r))
    }
}
