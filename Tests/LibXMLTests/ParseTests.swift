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
