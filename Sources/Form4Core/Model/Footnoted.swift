/// A value that the filing may annotate with footnotes: EDGAR's
/// `<value>` plus `<footnoteId id="Fn"/>` wrapper.
///
/// The footnote references stay on the field they belong to, in the order
/// written, because which footnote explains which number is part of what the
/// filing says. `value` is nil for a field carried by footnotes alone (a
/// price given only as "see footnote 3").
public struct Footnoted<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var value: Value?
    /// Footnote ids such as `F1`, in document order.
    public var footnoteId: [String]

    public init(_ value: Value?, footnoteId: [String] = []) {
        self.value = value
        self.footnoteId = footnoteId
    }

    enum CodingKeys: String, CodingKey { case value, footnoteId }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeIfPresent(Value.self, forKey: .value)
        footnoteId = try c.decodeIfPresent([String].self, forKey: .footnoteId) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(value, forKey: .value)
        if !footnoteId.isEmpty { try c.encode(footnoteId, forKey: .footnoteId) }
    }

    /// Neither a value nor a footnote.
    public var isEmpty: Bool { value == nil && footnoteId.isEmpty }
}
