import CLibXML2

/// Collects libxml2's structured errors into ``XMLDiagnostic`` values.
///
/// libxml2 reports through a C callback with a context pointer; this class is
/// that context. At most ``limit`` diagnostics are kept, so binary garbage
/// cannot make the list grow without bound.
final class DiagnosticSink {
    let domain: XMLDiagnostic.Domain
    private(set) var diagnostics: [XMLDiagnostic] = []
    private(set) var dropped = 0
    static let limit = 200

    init(domain: XMLDiagnostic.Domain) {
        self.domain = domain
    }

    var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// The C callback: `context` is an unretained `DiagnosticSink`.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<DiagnosticSink>.fromOpaque(context).takeUnretainedValue()
        sink.record(error.pointee)
    }

    func record(_ error: xmlError) {
        guard diagnostics.count < Self.limit else {
            dropped += 1
            return
        }
        let level: XMLDiagnostic.Level = error.level == XML_ERR_WARNING ? .warning : .error
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while let last = message.last, last.isWhitespace { message.removeLast() }
        var line = Int(error.line)
        var path: String?
        if let raw = error.node {
            let node = raw.assumingMemoryBound(to: xmlNode.self)
            if line == 0 { line = Int(xmlGetLineNo(node)) }
            if node.pointee.type == XML_ELEMENT_NODE, let p = xmlGetNodePath(node) {
                path = String(cString: p)
                form4xml_xmlFree(p)
            }
        }
        let column = domain == .parser ? Int(error.int2) : 0
        diagnostics.append(
            XMLDiagnostic(level: level, domain: domain, code: Int(error.code), message: message,
                          line: max(line, 0), column: max(column, 0), path: path))
    }

    /// Runs `body` with libxml2's thread-local structured error handler pointed at this sink.
    func capturingGlobalErrors<T>(_ body: () -> T) -> T {
        xmlSetStructuredErrorFunc(context, Self.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }
}
