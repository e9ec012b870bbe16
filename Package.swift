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
        // The engine alone, for content of another jurisdiction; and the Inner Mongolia content.
        .library(name: "TieredAssistanceCore", targets: ["TieredAssistanceCore"]),
        .library(name: "InnerMongolia", targets: ["InnerMongolia"]),
        .executable(name: "assist", targets: ["assist"]),
    ],
    dependencies: [],
    targets: [
        // MARK: Library
        // The engine: knows no jurisdiction.
        .target(
            name: "TieredAssistanceCore",
            path: "Sources/TieredAssistanceCore"
        ),
        // Content built on the engine: Inner Mongolia's catalog, book, documents, places and
        // monitoring routes. A second jurisdiction is a sibling target.
        .target(
            name: "InnerMongolia",
            dependencies: ["TieredAssistanceCore"],
            path: "Sources/InnerMongolia"
        ),
        // The umbrella: re-exports both, so one `import TieredAssistance` is enough.
        .target(
            name: "TieredAssistance",
            dependencies: ["TieredAssistanceCore", "InnerMongolia"],
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
        .target(
            name: "ExampleSupport",
            dependencies: ["TieredAssistance"],
            path: "Examples/ExampleSupport"
        ),
        .executableTarget(
            name: "xingan-defacto-hardship",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/xingan-defacto-hardship"
        ),
        .executableTarget(
            name: "emergency-aid",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/emergency-aid"
        ),
        .executableTarget(
            name: "disability-household",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/disability-household"
        ),
        .executableTarget(
            name: "reform-impact",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/reform-impact"
        ),
        .executableTarget(
            name: "monitoring-alerts",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/monitoring-alerts"
        ),
        .executableTarget(
            name: "union-hardship",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/union-hardship"
        ),
        .executableTarget(
            name: "public-notice",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/public-notice"
        ),
        .executableTarget(
            name: "warmth-campaign",
            dependencies: ["TieredAssistance", "ExampleSupport"],
            path: "Examples/warmth-campaign"
        ),

        // MARK: Benchmarks (programs that print figures; not part of the library's API)
        .executableTarget(
            name: "assist-bench",
            dependencies: ["TieredAssistance"],
            path: "Benchmarks/assist-bench"
        ),

        // MARK: Tests
        .testTarget(
            name: "TieredAssistanceTests",
            dependencies: ["TieredAssistance", "TieredAssistanceCore", "InnerMongolia"],
            path: "Tests/TieredAssistanceTests"
        ),
        // Every Swift block of the README and the DocC articles, compiled and run.
        .testTarget(
            name: "DocumentationTests",
            dependencies: ["TieredAssistance"],
            path: "Tests/DocumentationTests"
        ),
        // A service-like client: the umbrella product alone, no @testable.
        .testTarget(
            name: "ServiceClientTests",
            dependencies: ["TieredAssistance"],
            path: "Tests/ServiceClientTests"
        ),
        .testTarget(
            name: "AssistCommandLineTests",
            dependencies: ["AssistCommandLine", "TieredAssistance"],
            path: "Tests/AssistCommandLineTests"
        ),
        .testTarget(
            name: "ExampleTests",
            dependencies: ["xingan-defacto-hardship", "emergency-aid", "disability-household", "reform-impact", "monitoring-alerts", "union-hardship", "public-notice", "warmth-campaign", "assist-bench", "assist"],
            path: "Tests/ExampleTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
