// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Routeboek",
    // Linux only (Debian): the build swaps folders with renameat2 and links Debian's cmark-gfm and
    // Snowball packages, so no Apple platform is claimed.
    products: [
        .executable(name: "routeboek", targets: ["routeboek"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // cmark-gfm and its extensions from Debian's libcmark-gfm-dev / libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // A per-thread arena for cmark-gfm's allocations while one page is parsed and rendered.
        .target(name: "CMarkArena"),
        // Snowball's stemmers (the Dutch one stems the search index) from Debian's libstemmer-dev.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // The decision model: questions, outcomes, invariants, scenarios, evaluation and validation.
        // Knows nothing of HTML, YAML or files.
        .target(name: "Beslisboom", dependencies: ["Messages"]),
        // Mermaid-style flowcharts: parsing, Graphviz layout to SVG, and the text alternative.
        .target(name: "Flowchart", dependencies: ["Messages"]),
        // The catalogue of every message an editor sees: stable codes (RB104), Dutch texts, what to do.
        .target(name: "Messages"),
        // The site generator: content loading, Markdown, templates, decision-tree pages, output.
        .target(
            name: "RouteboekCore",
            dependencies: [
                "CMarkGFM", "CMarkArena", "CStemmer", "Messages", "Beslisboom", "Flowchart",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "RouteboekServe",
            dependencies: ["RouteboekCore", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "routeboek",
            dependencies: [
                "RouteboekCore", "Beslisboom", "RouteboekServe", "Messages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BeslisboomTests", dependencies: ["Beslisboom", "Messages"]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages"]),
        .testTarget(name: "FlowchartTests", dependencies: ["Flowchart", "Messages"]),
        .testTarget(
            name: "RouteboekServeTests",
            dependencies: ["RouteboekServe", "RouteboekCore", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "RouteboekCoreTests",
            dependencies: ["RouteboekCore", "Beslisboom", "CMarkArena"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
