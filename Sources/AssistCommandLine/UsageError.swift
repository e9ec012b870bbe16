/// A command-line mistake: reported with the command's usage and exit status 64.
struct UsageError: Error {
    let message: String
}
