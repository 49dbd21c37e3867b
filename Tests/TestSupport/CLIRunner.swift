import Foundation

/// Runs the built `form4xml` executable as a user would, for end-to-end tests.
public struct CLIResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: [UInt8]
}

public enum CLI {
    /// Runs `form4xml arguments…` with `stdin` as standard input; waits at most `timeout` seconds.
    public static func run(_ arguments: [String], stdin: [UInt8] = [], currentDirectory: URL? = nil,
                           timeout: TimeInterval = 120) throws -> CLIResult {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Drain both pipes concurrently so a large output never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if !stdin.isEmpty { input.fileHandleForWriting.write(Data(stdin)) }
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw CLITimeout(arguments: arguments)
        }
        process.waitUntilExit()
        group.wait()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: Array(outData))
    }
}

public struct CLITimeout: Error, CustomStringConvertible {
    public var arguments: [String]
    public var description: String { "form4xml \(arguments.joined(separator: " ")) did not finish in time" }
}

/// A scratch directory removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("form4xml-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func file(_ name: String, contents: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try contents.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    public func file(_ name: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }
}
