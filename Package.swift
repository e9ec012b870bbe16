// swift-tools-version: 6.0
//
// Tiered social-assistance eligibility (梯度社会救助) as code.
//
// Zero package dependencies: only the Swift toolchain (standard library, Foundation,
// Swift Testing). `swift package dump-package` shows `"dependencies" : [ ]`.

import PackageDescription

let package = Package(
    name: "tiered-assistance",
    products: [
        // One import gives a service everything it needs.
        .library(name: "TieredAssistance", targets: ["TieredAssistance"]),
        .executable(name: "assist", targets: ["assist"]),
    ],
    dependencies: [],
    targets: [
        // MARK: Core library
        .target(
            name: "TieredAssistance",
            path: "Sources/TieredAssistance"
        ),

        // MARK: Command-line tool
        // The commands live in a library target so the tests can run them in-process;
        // `assist` is a thin `main` around it.
        .target(
            name: "AssistCommandLine",
            dependencies: ["TieredAssistance"],
            path: "Sources/AssistCommandLine"
        ),
        .executableTarget(
            name: "assist",
            dependencies: ["AssistCommandLine"],
            path: "Sources/assist"
        ),

        // MARK: Examples (each its own executable target under Examples/)

        // MARK: Benchmarks (programs that print figures; not part of the library's API)
        .executableTarget(
            name: "assist-bench",
            dependencies: ["TieredAssistance"],
            path: "Benchmarks/assist-bench"
        ),

        // MARK: Tests
        .testTarget(
            name: "TieredAssistanceTests",
            dependencies: ["TieredAssistance"],
            path: "Tests/TieredAssistanceTests"
        ),
        .testTarget(
            name: "AssistCommandLineTests",
            dependencies: ["AssistCommandLine", "TieredAssistance"],
            path: "Tests/AssistCommandLineTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
