import TieredAssistance

/// The `--rules FILE` options: the built-in catalog with each rule file added in order.
enum RuleOptions {
    static func catalog(files: [String], parameters: ParameterCatalog) throws -> RuleCatalog {
        var catalog = RuleCatalog.innerMongolia
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(file, limit: 64 << 20)
            } catch {
                throw UsageError(message: "--rules \(file): \(error)")
            }
            do {
                catalog = try RuleFileLoader.load(bytes, into: catalog)
            } catch {
                throw UsageError(message: "--rules \(file): \(error)")
            }
        }
        return catalog
    }
}
