import Testing
@testable import LibXML

@Suite struct ParseTests {
    @Test func parsesElementsTextAndLines() throws {
        let doc = try ParsedXMLDocument.parse(Array("<?xml version=\"1.0\"?>\n<a x=\"1\">\n  <b>t&amp;u</b>\n</a>".utf8))
        let root = doc.root
        #expect(root.name == "a")
        #expect(root.attribute("x") == "1")
        #expect(root.element("b")?.text == "t&u")
        #expect(root.element("b")?.line == 3)
    }

    @Test func trimmedTextDropsXMLWhiteSpaceAtBothEnds() throws {
        let tree = try ParsedXMLTree.parse(Array("<a><b>\n x\u{A0}y \t\r\n</b><c/><d> p<e>q</e> </d><f>  </f></a>".utf8))
        let children = Array(tree.root.elements)
        #expect(children.map(\.trimmedText) == ["x\u{A0}y", "", "pq", ""])
        #expect(children[0].text == "\n x\u{A0}y \t\n")
    }

    @Test func refusesDoctype() {
        let input = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]>\n<a>&e;</a>".utf8)
        #expect(throws: XMLParseFailure.self) { try ParsedXMLDocument.parse(input) }
        do {
            _ = try ParsedXMLDocument.parse(input)
        } catch {
            #expect(error.diagnostics.first?.message.contains("DOCTYPE") == true)
            #expect(error.diagnostics.first?.line == 2)
        }
    }

    @Test func reportsMalformedInputWithLine() {
        do {
            _ = try ParsedXMLDocument.parse(Array("<a>\n<b>\n</a>".utf8))
            Issue.record("malformed input was accepted")
        } catch {
            #expect(error.diagnostics.contains { $0.line >= 2 && $0.level == .error })
        }
    }
}
