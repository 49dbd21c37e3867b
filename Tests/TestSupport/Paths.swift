import Foundation

/// Where the package, its fixtures and the reference material beside it are.
public enum Paths {
    /// The package root, found from this source file's location.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static let fixtures = packageRoot.appendingPathComponent("Fixtures")
    public static let schemas = packageRoot.appendingPathComponent("Schemas")

    /// `../shared` beside the checkout, when it is there (CI and developer machines);
    /// a fresh clone elsewhere has none, and tests that need it skip.
    public static let shared: URL? = {
        if let env = ProcessInfo.processInfo.environment["FORM4XML_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus/xml").path) ? url : nil
    }()

    /// The `form4xml` executable built beside the test bundle.
    public static let executable: URL = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [bundleDirectory.appendingPathComponent("form4xml")]
        // Darwin runs tests from inside an .xctest bundle.
        candidates.append(bundleDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("form4xml"))
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("form4xml"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()
}

/// The reference corpus in `../shared`, for tests that read it.
public enum SharedCorpus {
    public static var available: Bool { Paths.shared != nil }

    /// The 500 real ownership documents, sorted by name.
    public static func xmlFiles() -> [URL] {
        guard let shared = Paths.shared else { return [] }
        return files(in: shared.appendingPathComponent("corpus/xml"), ending: ".xml")
    }

    public static func files(in directory: URL, ending suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }
}
