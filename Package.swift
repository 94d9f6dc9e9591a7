// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sendlens",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sendlens", targets: ["sendlens"]),
        .library(name: "SendLensCore", targets: ["SendLensCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // libedit, seen only through CEditLine's plain-C wrappers.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "CEditLine", dependencies: ["CLibEdit"]),
        // libxml2's HTML parser, seen only through CHTMLText's plain-C header.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CHTMLText", dependencies: ["CLibXML2"]),
        // Snowball's English stemmer with a cache of recent words (libstemmer-dev, which ships no
        // pkg-config file: scripts/setup installs it).
        .target(name: "CSnowball", linkerSettings: [.linkedLibrary("stemmer")]),
        .target(
            name: "SendLensCore",
            dependencies: [
                "CSnowball", "CHTMLText",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own calls, for the index's insert loop (see SearchIndex.insertRows).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "SendLensREPL", dependencies: ["SendLensCore", "CEditLine"]),
        .executableTarget(
            name: "sendlens",
            dependencies: [
                "SendLensREPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measures load, search and memory on a generated corpus beside sqlite3 and rg (see BENCHMARKS.md).
        .executableTarget(name: "sendlens-bench", dependencies: ["SendLensREPL", "SendLensCore"]),
        // The fuzzing targets (scripts/fuzz builds it with libFuzzer; built plainly, it replays inputs).
        .executableTarget(name: "sendlens-fuzz", dependencies: ["SendLensCore"]),
        // Fixtures and helpers the test targets share.
        .target(name: "SendLensTestSupport", dependencies: ["SendLensCore", "SendLensREPL"], path: "Tests/SendLensTestSupport"),
        .testTarget(
            name: "SendLensCoreTests",
            dependencies: ["SendLensCore", "SendLensTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "SendLensREPLTests", dependencies: ["SendLensREPL", "SendLensTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["sendlens", "SendLensTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
