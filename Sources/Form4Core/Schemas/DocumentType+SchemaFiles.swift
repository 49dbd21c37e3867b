extension DocumentType {
    /// The file names a schema for this type may have in a schema folder, most
    /// specific first: the SEC's distributed names (`ownership4ADocument.xsd.xml`,
    /// or without the `.xml`) and this project's own (`ownership4A.xsd`).
    var schemaFileNames: [String] {
        let stem = "ownership" + schemaStem
        return [stem + "Document.xsd.xml", stem + "Document.xsd", stem + ".xsd"]
    }

    /// This project's file name for the type, as in `Schemas/`.
    var projectSchemaFileName: String {
        "ownership" + schemaStem + ".xsd"
    }

    /// `4`, `4A`, …: the type as it appears inside schema file names.
    private var schemaStem: String {
        switch self {
        case .form3: "3"
        case .form3A: "3A"
        case .form4: "4"
        case .form4A: "4A"
        case .form5: "5"
        case .form5A: "5A"
        }
    }
}
