/// How a text tool printed the EDGAR form: the families of loose text that
/// `encode` must read. Each is what a real extractor makes of the same page,
/// so a property test can render one document in all of them.
public enum LooseStyle: String, Sendable, CaseIterable, CustomStringConvertible {
    /// `pdftotext -layout`: fixed-width columns, header boxes side by side,
    /// column heads wrapped over several lines, long cells wrapped onto the
    /// lines below their row.
    case layout
    /// pymupdf4llm / markitdown: pipe tables, `<br>` inside cells,
    /// `<sup>(1)</sup>` footnote marks, `\$`, spanned cells repeated or empty.
    case markdownTable
    /// `w3m -dump` / `lynx` of the HTML: tables ruled with `│ ─ ┼`.
    case boxDrawing
    /// `pdftotext` without `-layout`: one cell per line, empty cells gone.
    case plain

    public var description: String { rawValue }
}
