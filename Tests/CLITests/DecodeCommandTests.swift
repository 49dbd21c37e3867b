import Foundation
import Testing
import TestSupport

/// `form4xml decode` run as a user runs it.
@Suite struct DecodeCommandTests {
    static let fixture = Paths.fixtures.appendingPathComponent("decoded/northwind-form4.xml")
    static let golden = Paths.fixtures.appendingPathComponent("decoded/northwind-form4")

    @Test(arguments: [("text", "txt"), ("markdown", "md"), ("json", "json"), ("html", "html")])
    func formatsToStandardOutput(_ format: String, _ ext: String) throws {
        let r = try CLI.run(["decode", "--format", format, Self.fixture.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let expected = try String(contentsOf: Self.golden.appendingPathExtension(ext), encoding: .utf8)
        #expect(r.stdout == expected)
    }

    @Test func textIsTheDefaultAndStandardInputWorks() throws {
        let bytes = try Array(Data(contentsOf: Self.fixture))
        let r = try CLI.run(["decode"], stdin: bytes)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try String(contentsOf: Self.golden.appendingPathExtension("txt"), encoding: .utf8)))
    }

    @Test func severalInputsWithOutputDirectoryOneFileEach() throws {
        let tmp = try TemporaryDirectory()
        let xml = try String(contentsOf: Self.fixture, encoding: .utf8)
        var inputs: [String] = []
        for i in 1...6 {
            let changed = xml.replacingOccurrences(of: "<value>1250</value>", with: "<value>\(1000 + i)</value>")
            inputs.append(try tmp.file("in\(i).xml", contents: changed).path)
        }
        let out = tmp.url.appendingPathComponent("out")
        let r = try CLI.run(["decode", "--format", "json", "--output-dir", out.path] + inputs)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        for i in 1...6 {
            let json = try String(contentsOf: out.appendingPathComponent("in\(i).json"), encoding: .utf8)
            #expect(json.contains("\"\(1000 + i)\""))
        }
    }

    /// More than `ManyInputs.threshold` inputs are set aside before ArgumentParser parses
    /// the options; options may still come before, between or after the inputs, as
    /// `--name value` or `--name=value`, and `--` makes the rest inputs.
    @Test func manyInputsWithOptionsAnywhere() throws {
        let tmp = try TemporaryDirectory()
        let xml = try String(contentsOf: Self.fixture, encoding: .utf8)
        var names: [String] = []
        for i in 1...70 {
            let changed = xml.replacingOccurrences(of: "<value>1250</value>", with: "<value>\(1000 + i)</value>")
            let name = i == 70 ? "-dash\(i).xml" : "in\(i).xml"
            _ = try tmp.file(name, contents: changed)
            names.append(name)
        }
        let plain = Array(names.dropLast())
        let runs: [(String, [String])] = [
            ("o1", ["decode", "--format", "json", "--output-dir", "o1"] + plain),
            ("o2", ["decode"] + plain[..<30] + ["--format=json"] + plain[30...] + ["--output-dir", "o2"]),
            ("o3", ["decode", "--output-dir=o3", "--format", "json", "--"] + names),
        ]
        for (out, arguments) in runs {
            let r = try CLI.run(arguments, currentDirectory: tmp.url)
            #expect(r.status == 0, "\(out): \(r.stderr)")
            let count = out == "o3" ? 70 : 69
            for i in 1...count {
                let base = i == 70 ? "-dash\(i)" : "in\(i)"
                let json = try? String(contentsOf: tmp.url.appendingPathComponent("\(out)/\(base).json"), encoding: .utf8)
                #expect(json?.contains("\"\(1000 + i)\"") == true, "\(out)/\(base).json")
            }
        }
        // Usage errors keep ArgumentParser's status and message.
        let noDirectory = try CLI.run(["decode", "--format", "json"] + plain, currentDirectory: tmp.url)
        #expect(noDirectory.status == 64)
        #expect(noDirectory.stderr.contains("several inputs need --output-dir"))
        let badFormat = try CLI.run(["decode", "--output-dir", "o4"] + plain + ["--format", "pdf"], currentDirectory: tmp.url)
        #expect(badFormat.status == 64)
        #expect(try CLI.run(["decode", "--output-dir", "o4", "--bogus"] + plain, currentDirectory: tmp.url).status == 64)
    }

    /// `DecodeCommand.optionsTakingValues` must name every option that takes a value,
    /// or ``manyInputsWithOptionsAnywhere()``'s path would read a value as an input.
    @Test(arguments: [("decode", ["-o", "--output-dir", "--format"]),
                      ("encode", ["-o", "--output-dir", "--issuer-cik", "--owner-cik", "--owner-ccc", "--set",
                                  "--schema-version", "--report", "--format"])])
    func optionsTakingValuesMatchTheHelp(_ command: String, _ expected: [String]) throws {
        let help = try CLI.run([command, "--help"]).stdout
        var found: Set<String> = []
        for line in help.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            for (k, w) in words.enumerated().dropLast() where w.hasPrefix("-") && words[k + 1].hasPrefix("<") {
                found.insert(w)
            }
        }
        #expect(found == Set(expected), "update \(command)'s optionsTakingValues (Sources/form4xml) to match its options")
    }

    /// encode takes many inputs the same way: options anywhere, each input converted.
    @Test func encodeWithManyInputsAndOptionsAnywhere() throws {
        let tmp = try TemporaryDirectory()
        let text = try String(contentsOf: Paths.fixtures.appendingPathComponent("encode/lanternfly-form4.layout.txt"), encoding: .utf8)
        var names: [String] = []
        for i in 1...70 {
            _ = try tmp.file("f\(i).txt", contents: text)
            names.append("f\(i).txt")
        }
        let r = try CLI.run(["encode", "--issuer-cik", "0009990001"] + names[..<35] + ["--owner-cik=0009990002"] + names[35...]
                            + ["--output-dir", "out"], currentDirectory: tmp.url)
        #expect(r.status == 0, "\(r.stderr)")
        let expected = try String(contentsOf: Paths.fixtures.appendingPathComponent("encode/lanternfly-form4.expected.xml"), encoding: .utf8)
        for i in [1, 35, 36, 70] {
            #expect(try String(contentsOf: tmp.url.appendingPathComponent("out/f\(i).xml"), encoding: .utf8) == expected, "f\(i)")
        }
    }

    @Test func outputFileIsWritten() throws {
        let tmp = try TemporaryDirectory()
        let target = tmp.url.appendingPathComponent("form.md")
        let r = try CLI.run(["decode", "--format", "markdown", Self.fixture.path, "-o", target.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8)
            == (try String(contentsOf: Self.golden.appendingPathExtension("md"), encoding: .utf8)))
    }

    @Test(arguments: [
        ("empty.xml", "", "[EMPTY]"),
        ("notownership.xml", "<?xml version=\"1.0\"?>\n<html><body/></html>\n", "[NOT-OWNERSHIP]"),
        ("broken.xml", "<?xml version=\"1.0\"?>\n<ownershipDocument>\n<documentType>4</documentType>\n", "error: [XML"),
        ("binary.xml", "\u{01}\u{02}\u{7f}garbage", "error: ["),
    ])
    func badInputExitsTwoWithNoOutputFile(_ name: String, _ contents: String, _ marker: String) throws {
        let tmp = try TemporaryDirectory()
        let input = try tmp.file(name, contents: contents)
        let target = tmp.url.appendingPathComponent("out.txt")
        let r = try CLI.run(["decode", input.path, "-o", target.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains(marker), "\(r.stderr)")
        #expect(r.stderr.hasPrefix(input.path + ":"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func malformedXMLPointsAtItsLine() throws {
        let tmp = try TemporaryDirectory()
        let input = try tmp.file("bad.xml", contents: "<?xml version=\"1.0\"?>\n<ownershipDocument>\n<a></b>\n</ownershipDocument>\n")
        let r = try CLI.run(["decode", input.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(input.path):3:"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func missingFileExitsTwo() throws {
        let r = try CLI.run(["decode", "/nonexistent/form4.xml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/form4.xml:0:0: error: [IO]"))
    }

    @Test func refusesToOverwriteItsInput() throws {
        let tmp = try TemporaryDirectory()
        let xml = try String(contentsOf: Self.fixture, encoding: .utf8)
        let input = try tmp.file("f.xml", contents: xml)
        let r = try CLI.run(["decode", input.path, "-o", input.path])
        #expect(r.status == 2)
        #expect(try String(contentsOf: input, encoding: .utf8) == xml)
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(["decode", "a.xml", "b.xml"]).status == 64)
        #expect(try CLI.run(["decode", "--format", "pdf", Self.fixture.path]).status == 64)
        #expect(try CLI.run(["decode", Self.fixture.path, "-o", "x", "--output-dir", "y"]).status == 64)
    }

    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func submissionFilesDecode() throws {
        let dir = Paths.shared!.appendingPathComponent("corpus/submissions")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasSuffix(".tsv") }
            .sorted().map { dir.appendingPathComponent($0).path }
        var decoded = 0
        for f in files {
            let r = try CLI.run(["decode", f])
            #expect(r.status == 0 || r.status == 2, "\(f): \(r.status)")
            if r.status == 0 {
                decoded += 1
                #expect(r.stdout.hasPrefix("FORM "))
            } else {
                #expect(r.stderr.contains("error: ["), "\(f)")
            }
        }
        #expect(files.count == 23)
        #expect(decoded == 20, "the 20 submissions with an XML body decode; the 3 without one are refused")
    }
}
