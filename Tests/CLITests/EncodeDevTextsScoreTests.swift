import Foundation
import Testing
import TestSupport

/// Scores `encode` on ../shared/dev-texts with the reference scorer and fails
/// below the bar: every style ≥ 99.5% of critical fields and ≥ 99% of all
/// fields, and no wrong critical value written without a warning.
@Suite struct EncodeDevTextsScoreTests {
    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: SharedCorpus.available && python != nil))
    func renderedDevTextsMeetTheBar() throws {
        let shared = try #require(Paths.shared)
        let tmp = try TemporaryDirectory()
        let json = tmp.url.appendingPathComponent("score.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [shared.appendingPathComponent("tools/score_encode.py").path,
                             "--truth", shared.appendingPathComponent("corpus/xml").path,
                             "--texts", shared.appendingPathComponent("dev-texts/rendered").path,
                             "--bin", Paths.executable.path, "--json", json]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        let stats = try #require(object?["stats"] as? [String: [String: Int]])
        #expect(stats.count >= 3)
        for (style, s) in stats {
            let fields = Double(s["fields"] ?? 0), right = Double(s["right"] ?? 0)
            let crit = Double(s["crit_fields"] ?? 0), critRight = Double(s["crit_right"] ?? 0)
            #expect(fields > 0 && right / fields >= 0.99, "\(style): all fields \(right / max(fields, 1))")
            #expect(crit > 0 && critRight / crit >= 0.995, "\(style): critical fields \(critRight / max(crit, 1))")
            #expect((s["silent_wrong"] ?? 0) == 0, "\(style): silent wrong critical values")
        }
    }
}
