/// The most characters EDGAR takes in a filer-written text (Technical
/// Specification §3.5). The rules check them before a filing is sent; a
/// reader of printed forms uses them too, since no filed value is longer
/// (a street line longer than `street` was never one line of the filer's).
public enum TextLimit {
    public static let footnote = 1000
    public static let tradingSymbol = 10
    public static let street = 40
    public static let city = 30
    public static let zipCode = 10
    public static let officerTitle = 30
    public static let otherText = 30
    public static let securityTitle = 60
    public static let natureOfOwnership = 100
    public static let remarks = 2000
    public static let signatureName = 255
}
