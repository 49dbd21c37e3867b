import CLibXML2

/// Process-wide libxml2 set-up, done once before any parse.
enum LibXML2 {
    /// Options for every parse: no network, CDATA merged into text, real line
    /// numbers past 65535. Entity substitution (`XML_PARSE_NOENT`), DTD loading
    /// and `XML_PARSE_HUGE` are left off on purpose.
    static let parseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    private static let once: Void = {
        xmlInitParser()
        // Schema includes and imports go through the entity loader too; this one
        // refuses anything that is not a local file.
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
    }()

    static func initialize() {
        _ = once
    }
}
