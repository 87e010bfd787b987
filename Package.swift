// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "vlgcoach",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "vlgcoach", targets: ["vlgcoach"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // PBKDF2 for the kiosk PIN; only the app target links it.
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
  ],
  targets: [
    // Domain model, phase playbook, store and exports. Foundation only.
    .target(name: "CoachCore"),
    // View state, reducer, canvas, localisation, themes. No ncurses, no file I/O.
    .target(name: "CoachUI", dependencies: ["CoachCore"]),
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // The only code that talks to ncurses.
    .target(name: "CursesTerminal", dependencies: ["CNcursesw", "CoachUI"]),
    // Command line, the effect runner and the event loop; a library so tests can drive it.
    .target(
      name: "VLGCoachApp",
      dependencies: [
        "CoachCore", "CoachUI", "CursesTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CryptoExtras", package: "swift-crypto"),
      ]
    ),
    .executableTarget(name: "vlgcoach", dependencies: ["VLGCoachApp"]),
    // `swift run -c release vlgcoach-benchmark`: timings of the store and the screens.
    .executableTarget(
      name: "vlgcoach-benchmark", dependencies: ["CoachCore", "CoachUI", "CursesTerminal"]),
    // Seeded randomness and the long/short switch, for every test target that fuzzes.
    .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
    .testTarget(
      name: "CoachCoreTests", dependencies: ["CoachCore", "FuzzSupport"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "CoachUITests", dependencies: ["CoachUI", "CoachCore", "FuzzSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "VLGCoachAppTests", dependencies: ["VLGCoachApp", "CoachCore", "CoachUI", "vlgcoach"]),
    .testTarget(
      name: "CursesTerminalTests",
      dependencies: ["CursesTerminal", "CNcursesw", "CoachUI", "FuzzSupport"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["vlgcoach", "vlgcoach-benchmark", "FuzzSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
