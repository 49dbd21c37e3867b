import Foundation
import Testing
import TestSupport
@testable import LibXML

/// ``ParsedXMLTree`` (SAX straight into Swift storage) must give the tree
/// ``ParsedXMLDocument`` (libxml2's tree, converted) gives, node for node:
/// readers and validation see the same document either way.
@Suite struct ParsedXMLTreeTests {
    /// One node and its subtree, comparable: kind, name, line, character data, attributes.
    indirect enum Shape: Equatable, CustomStringConvertible {
        case element(name: String, line: Int, attributes: [String], children: [Shape])
        case text(String)
        case comment(String)
        case processingInstruction(String, line: Int)

        var description: String {
            switch self {
            case let .element(name, line, attributes, children):
                return "<\(name)@\(line) \(attributes)>\(children.map(\.description).joined())</\(name)>"
            case let .text(t): return "T(\(t.debugDescription))"
            case let .comment(c): return "C(\(c.debugDescription))"
            case let .processingInstruction(t, line): return "PI(\(t)@\(line))"
            }
        }
    }

    static func shape(_ storage: XMLTreeStorage, _ index: Int32) -> Shape {
        let node = storage.nodes[Int(index)]
        switch node.kind {
        case .element:
            var attributes: [String] = []
            for a in storage.attributes[Int(node.firstAttribute)..<Int(node.firstAttribute + node.attributeCount)] {
                attributes.append(storage.names[Int(a.name)] + "=" + storage.string(a.start, a.end))
            }
            var children: [Shape] = []
            var child = node.firstChild
            while child >= 0 {
                children.append(shape(storage, child))
                child = storage.nodes[Int(child)].nextSibling
            }
            return .element(name: storage.names[Int(node.name)], line: Int(node.line), attributes: attributes,
                             children: children)
        case .text: return .text(storage.string(node.start, node.end))
        case .comment: return .comment(storage.string(node.start, node.end))
        case .processingInstruction: return .processingInstruction(storage.names[Int(node.name)], line: Int(node.line))
        }
    }

    static func shape(of root: XMLElement) -> Shape { shape(root.storage, root.index) }

    static func prolog(_ p: XMLProlog) -> String {
        "\(p.declaredVersion ?? "-") \(p.declaredEncoding ?? "-") \(p.processingInstructions.map { "\($0.target)@\($0.line)" })"
    }

    /// Parses `text` both ways and expects the same tree, prolog and warnings, or the same failure.
    static func expectSame(_ bytes: [UInt8], _ label: String) {
        let dom = Result { () throws(XMLParseFailure) in try ParsedXMLDocument.parse(bytes) }
        let sax = Result { () throws(XMLParseFailure) in try ParsedXMLTree.parse(bytes) }
        switch (dom, sax) {
        case let (.success(d), .success(s)):
            #expect(shape(of: d.root) == shape(of: s.root), "\(label)")
            #expect(prolog(d.prolog) == prolog(s.prolog), "\(label)")
            #expect(d.warnings.map(\.message) == s.warnings.map(\.message), "\(label)")
        case let (.failure(d), .failure(s)):
            #expect(d.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
                == s.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }, "\(label)")
        default:
            Issue.record("\(label): one parse failed and the other did not: DOM \(dom), SAX \(sax)")
        }
    }

    /// White space in every position libxml2's NOBLANKS heuristic treats differently,
    /// character references, CDATA, comments, processing instructions, xml:space,
    /// CRLF line ends, long runs, attributes with `&`, namespaces.
    static let edgeCases: [String] = [
        "<r><f><b>x</b> <b>y</b></f><g>a<b/> <c/></g><h><a/>é<b/> <c/></h><i><a/>x<b/> <c/></i></r>",
        "<r><a><!--c-->  </a><b>  </b><c>&#32;<d/></c><e><![CDATA[ ]]> <f/></e><g> <![CDATA[x]]></g></r>",
        "<r><a> <!--c--> <b/> </a><c>\t<?p?>\n<d/>\n</c><e>&#10;\n<f/></e><g> &amp; <h/> </g></r>",
        "<r>\r\n  <a>1</a>\r\n  <b>\r\n  </b>\r\n  <c>x\r\ny</c>\r\n</r>\r\n",
        "<r xml:space=\"preserve\">\n <a/>\n <b> <c/> </b>\n</r>",
        "<r><s xml:space=\"preserve\"> <a/> </s><t xml:space=\"default\"> <a/> </t> <u> <a/> </u></r>",
        "<r a=\"x&amp;y\" b=\"&#38;#38;\" c=\"\" d=\"&lt;&#60;&gt;\" e=\"a\nb\tc\"/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?pi one?>\n<!-- c -->\n<r>\n<?inner x?>\n<a/>\n</r>\n<?after?>\n<!-- c -->\n",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>\n  <a>caf\u{E9}</a>\n</r>",
        "<r xmlns:x=\"urn:x\" xmlns=\"urn:d\" x:a=\"1\"><x:b x:c=\"2\">t</x:b></r>",
        "<r>" + String(repeating: " ", count: 700) + "<a/>" + String(repeating: "\n ", count: 400) + "<b>"
            + String(repeating: "é long text ", count: 200) + "</b>" + String(repeating: " ", count: 301) + "</r>",
        "<r><a>x</a> y <b/> </r>",
        "<r> <a/> x</r>",
        "<r>\n<a>\n<b>1</b>\n</a>\n<c>  \n  </c>\n<d><![CDATA[<x>]]></d>\n</r>",
        String(repeating: "<d>\n ", count: 40) + String(repeating: "</d>\n", count: 40),
        // Failures: both must refuse, with the same messages.
        "<r>\n<a>\n</r>",
        "<r>&undefined;</r>",
        "<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>",
        String(repeating: "<d>", count: 300) + String(repeating: "</d>", count: 300),
        "",
        "   ",
        "<r/><s/>",
    ]

    @Test func edgeCasesGiveTheSameTree() {
        for (k, text) in Self.edgeCases.enumerated() {
            var bytes = Array(text.utf8)
            if text.contains("ISO-8859-1") { bytes = Array(text.data(using: .isoLatin1)!) }
            Self.expectSame(bytes, "edge case \(k)")
        }
    }

    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func corpusGivesTheSameTree() throws {
        let files = SharedCorpus.xmlFiles()
        #expect(files.count == 500)
        for url in files {
            Self.expectSame(try Array(Data(contentsOf: url)), url.lastPathComponent)
        }
    }
}
