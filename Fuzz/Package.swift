// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for plansh's parsers, kept out of the main package's build.
/// Build and run them with scripts/fuzz (see docs/robustness.md).
let package = Package(
  name: "plansh-fuzz",
  dependencies: [.package(name: "plansh", path: "..")],
  targets: [
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzSupport",
      dependencies: [
        "CFuzzer",
        .product(name: "Meetings", package: "plansh"),
        .product(name: "PlanCommands", package: "plansh"),
        .product(name: "PlanStore", package: "plansh"),
      ]
    ),
    .executableTarget(name: "fuzz-command-line", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-agenda", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-transcript", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-json", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-csv", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-salesforce", dependencies: ["FuzzSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
