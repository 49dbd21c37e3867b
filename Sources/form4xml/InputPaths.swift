import Form4XML
import LibXML

/// Turns the PATH arguments into the list of files to process.
enum InputPaths {
    /// Files as given, and the files below each directory (recursively, sorted,
    /// hidden entries skipped) whose extension is in `extensions`. Paths that do
    /// not exist become unreadable reports instead.
    static func expand(_ paths: [String], extensions: Set<String>, unreadable: inout [ValidationReport]) -> [String] {
        var files: [String] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            let kind: POSIXFile.Kind
            do {
                kind = try POSIXFile.kind(of: path)
            } catch {
                let message = if case .system(let reason) = error { reason } else { "cannot be read" }
                unreadable.append(ValidationReport(
                    file: path, readable: false,
                    diagnostics: [Diagnostic(severity: .error, rule: "IO", message: message,
                                             location: SourceLocation(file: path, line: 0, column: 0))]))
                continue
            }
            if kind == .directory {
                files += walk(path, extensions: extensions)
            } else {
                files.append(path)
            }
        }
        return files
    }

    private static func walk(_ directory: String, extensions: Set<String>) -> [String] {
        guard let names = POSIXFile.visibleNames(in: directory) else { return [] }
        var files: [String] = []
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names.sorted() {
            let path = base + name
            guard let kind = try? POSIXFile.kind(of: path, followingLinks: false) else { continue }
            if kind == .directory {
                files += walk(path, extensions: extensions)
            } else if kind == .regular,
                let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased())
            {
                files.append(path)
            }
        }
        return files
    }
}
