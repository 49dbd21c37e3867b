import ArgumentParser

// Placeholder until the `validate` issue lands: it fails loudly rather than pretending.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not implemented yet.")

    func run() throws {
        print("form4xml validate: not implemented yet")
        throw ExitCode(2)
    }
}
