import ArgumentParser

// Placeholder until the `diff` issue lands: it fails loudly rather than pretending.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Not implemented yet.")

    func run() throws {
        print("form4xml diff: not implemented yet")
        throw ExitCode(2)
    }
}
