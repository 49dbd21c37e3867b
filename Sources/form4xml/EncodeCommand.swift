import ArgumentParser

// Placeholder until the `encode` issue lands: it fails loudly rather than pretending.
struct EncodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "encode", abstract: "Not implemented yet.")

    func run() throws {
        print("form4xml encode: not implemented yet")
        throw ExitCode(2)
    }
}
