// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "form4xml",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "form4xml", targets: ["form4xml"]),
        .library(name: "Form4XML", targets: ["Form4XML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libxml2 as the system provides it; only `LibXML` imports this.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The one module with C and unsafe pointer code: parsing and XSD validation,
        // and the few byte operations a `Span` cannot do (`memchr`, block copies, word loads).
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // The ownership model, XML reading and writing, schemas, business rules, validation.
        .target(name: "Form4Core", dependencies: ["LibXML"]),
        // Text forms: decode (text, markdown, HTML) and encode (loose text to the model).
        .target(name: "Form4Text", dependencies: ["Form4Core", "LibXML"], swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        // Structural comparison of two filings.
        .target(name: "Form4Diff", dependencies: ["Form4Core"]),
        // The public umbrella library.
        .target(name: "Form4XML", dependencies: ["Form4Core", "Form4Text", "Form4Diff"]),
        .executableTarget(
            name: "form4xml",
            dependencies: [
                "Form4XML",
                "LibXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Paths to fixtures, ../shared and the built executable, shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML", "TestSupport"]),
        .testTarget(name: "Form4CoreTests", dependencies: ["Form4Core", "TestSupport"]),
        .testTarget(name: "Form4TextTests", dependencies: ["Form4Text", "Form4Core", "LibXML", "TestSupport"]),
        .testTarget(name: "Form4DiffTests", dependencies: ["Form4Diff", "Form4Text", "Form4Core", "TestSupport"]),
        // End-to-end tests run the built executable, so they depend on it being built.
        .testTarget(name: "CLITests", dependencies: ["form4xml", "TestSupport"]),
    ]
)
