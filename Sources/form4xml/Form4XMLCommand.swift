import ArgumentParser

/// The `form4xml` command: a thin layer over the Form4XML library.
///
/// Exit statuses follow `diff(1)` and compilers: 0 ok/valid/same,
/// 1 invalid/different, 2 an input could not be read or another operational
/// error, 64 a usage error (ArgumentParser's validation failure).
@main
struct Form4XMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form4xml",
        abstract: "Map SEC Forms 3, 4 and 5 between loose text and EDGAR ownership XML, and check them.",
        version: "0.1.0",
        subcommands: [EncodeCommand.self, DecodeCommand.self, ValidateCommand.self, DiffCommand.self]
    )

    /// ArgumentParser's `main`, except that a command line with many inputs
    /// is parsed by ``ManyInputs`` first (ArgumentParser's cost grows with the
    /// square of the number of inputs).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard var command = ManyInputs.command(arguments, among: [DecodeCommand.self, EncodeCommand.self]) else {
            main(nil)
            return
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
