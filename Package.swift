// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .unsafeFlags(["-warnings-as-errors"])
]

let package = Package(
  name: "plansh",
  products: [
    .executable(name: "plansh", targets: ["plansh"]),
    // The layers as libraries, for the fuzz targets in Fuzz/ (a package of their own).
    .library(name: "PlanStore", targets: ["PlanStore"]),
    .library(name: "PlanCommands", targets: ["PlanCommands"]),
    .library(name: "Meetings", targets: ["Meetings"]),
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .target(
      name: "CEditLine",
      linkerSettings: [.linkedLibrary("edit")]
    ),
    .target(
      name: "PlanStore",
      dependencies: ["CSQLite"],
      swiftSettings: strictSettings
    ),
    .target(
      name: "PlanCommands",
      dependencies: ["PlanStore"],
      swiftSettings: strictSettings
    ),
    .target(
      name: "Meetings",
      dependencies: ["PlanCommands", "PlanStore"],
      swiftSettings: strictSettings
    ),
    .target(
      name: "Shell",
      dependencies: ["Meetings", "PlanCommands", "PlanStore", "CEditLine"],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "plansh",
      dependencies: ["Shell"],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "plansh-generate",
      dependencies: ["PlanStore"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "PlanStoreTests",
      dependencies: ["PlanStore"]
    ),
    .testTarget(
      name: "PlanCommandsTests",
      dependencies: ["PlanCommands", "PlanStore"]
    ),
    .testTarget(
      name: "MeetingsTests",
      dependencies: ["Meetings", "PlanCommands", "PlanStore"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["plansh"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
