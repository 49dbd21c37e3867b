/// XPaths of the places rules point at, spelled exactly as the reader's
/// source map records them (1-based indexes on repeated elements), so a
/// diagnostic finds its line.
enum RulePath {
    static let root = "/ownershipDocument"

    static func owner(_ index: Int) -> String { "\(root)/reportingOwner[\(index + 1)]" }
    static func signature(_ index: Int) -> String { "\(root)/ownerSignature[\(index + 1)]" }
    static func footnote(_ index: Int) -> String { "\(root)/footnotes/footnote[\(index + 1)]" }
}

extension String {
    /// True when the text has something other than XML white space: an element
    /// holding only spaces or line breaks gives no value.
    var hasContent: Bool {
        utf8.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}

extension Optional where Wrapped == String {
    var hasContent: Bool { self?.hasContent ?? false }
}
