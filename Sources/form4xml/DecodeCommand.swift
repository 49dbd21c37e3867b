import ArgumentParser

// Placeholder until the `decode` issue lands: it fails loudly rather than pretending.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decode", abstract: "Not implemented yet.")

    func run() throws {
        print("form4xml decode: not implemented yet")
        throw ExitCode(2)
    }
}
