import ArgumentParser

/// A subcommand whose positional inputs may number in the hundreds
/// (`form4xml decode --output-dir out corpus/*.xml`).
///
/// ArgumentParser stores each positional value by copying the whole array
/// parsed so far (and merging its set of input positions), so n inputs cost
/// O(n²): about 0.2M instructions per input at 500 inputs, more than parsing
/// the XML of a small filing. ``ManyInputs`` parses such command lines with
/// the inputs set aside and hands them to the command afterwards.
protocol ManyInputsCommand: ParsableCommand {
    /// Every option of the command that takes a value, under each of its
    /// spellings (`-o`, `--format`): the word after one of these is its
    /// value, not an input. CLITests checks this against `--help`.
    static var optionsTakingValues: Set<String> { get }
    var inputs: [String] { get set }
}

enum ManyInputs {
    /// Below this many arguments ArgumentParser's own parse is cheap enough.
    static let threshold = 64

    /// The command `arguments` (without the program name) ask for, parsed with
    /// its inputs set aside, when they name one of `commands` and have many
    /// inputs. Nil (parse normally) for anything else, and whenever the
    /// shortened parse fails or the full command would not validate, so that
    /// help, errors and their messages stay exactly ArgumentParser's.
    static func command(_ arguments: [String], among commands: [any ManyInputsCommand.Type])
        -> (any ManyInputsCommand)?
    {
        guard arguments.count > threshold, let name = arguments.first,
            let type = commands.first(where: { $0._commandName == name })
        else { return nil }
        var options: [String] = []
        var inputs: [String] = []
        var k = 1
        while k < arguments.count {
            let word = arguments[k]
            if word == "--" {
                // Everything after the terminator is an input, as in ArgumentParser.
                inputs += arguments[(k + 1)...]
                break
            }
            if word == "-" || !word.hasPrefix("-") {
                inputs.append(word)
            } else if type.optionsTakingValues.contains(word), k + 1 < arguments.count {
                options += [word, arguments[k + 1]]
                k += 1
            } else {
                // `--name=value`, flags, and anything unknown: ArgumentParser judges them.
                options.append(word)
            }
            k += 1
        }
        guard var command = (try? type.parseAsRoot(options)) as? any ManyInputsCommand else { return nil }
        command.inputs = inputs
        guard (try? command.validate()) != nil else { return nil }
        return command
    }
}
