import ArgumentParser

/// `--format text|json` for commands that report diagnostics.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
