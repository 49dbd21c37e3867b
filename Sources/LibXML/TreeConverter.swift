import CLibXML2

/// Copies libxml2's node tree into ``XMLElement`` values in one pass.
///
/// Depth is bounded by libxml2's own nesting limit (256 without
/// `XML_PARSE_HUGE`), so the recursion here is bounded too.
enum TreeConverter {
    static func element(_ node: xmlNodePtr) -> XMLElement {
        var element = XMLElement(name: String(cString: node.pointee.name), line: Int(xmlGetLineNo(node)))
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            var value = ""
            if let valueNode = current.pointee.children, let content = valueNode.pointee.content {
                value = String(cString: content)
            }
            element.attributes.append(XMLAttribute(name: name, value: value))
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(self.element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let text = String(cString: content)
                    if case .text(let previous)? = element.children.last {
                        element.children[element.children.count - 1] = .text(previous + text)
                    } else {
                        element.children.append(.text(text))
                    }
                }
            case XML_ENTITY_REF_NODE:
                // Only predefined and character references are ever resolved; any
                // other reference needs a DTD, which is refused before parsing.
                break
            case XML_COMMENT_NODE:
                element.children.append(.comment(current.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_PI_NODE:
                element.children.append(
                    .processingInstruction(target: String(cString: current.pointee.name),
                                           line: Int(xmlGetLineNo(current))))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    static func declaredVersion(_ doc: xmlDocPtr) -> String? {
        doc.pointee.version.map { String(cString: $0) }
    }
}
