#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Form4XML

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
            var info = stat()
            guard stat(path, &info) == 0 else {
                unreadable.append(ValidationReport(
                    file: path, readable: false,
                    diagnostics: [Diagnostic(severity: .error, rule: "IO", message: String(cString: strerror(errno)),
                                             location: SourceLocation(file: path, line: 0, column: 0))]))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files += walk(path, extensions: extensions)
            } else {
                files.append(path)
            }
        }
        return files
    }

    private static func walk(_ directory: String, extensions: Set<String>) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        var files: [String] = []
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names.sorted() {
            let path = base + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files += walk(path, extensions: extensions)
            } else if (info.st_mode & S_IFMT) == S_IFREG,
                let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased())
            {
                files.append(path)
            }
        }
        return files
    }
}
