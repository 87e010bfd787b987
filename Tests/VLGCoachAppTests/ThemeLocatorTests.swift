import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("Themes in Themes/")
struct ThemeLocatorTests {
  /// The repository root, where `Themes/` is.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  func locator(_ environment: [String: String] = [:]) throws -> ThemeLocator {
    var locator = ThemeLocator(storeDirectory: try TemporaryFolder().url, environment: environment)
    // As `swift run` places it: .build/debug/vlgcoach under the repository.
    locator.executable = Self.root.appendingPathComponent(".build/debug/vlgcoach")
    return locator
  }

  @Test func theThreeShippedThemesAreFoundAndDecode() throws {
    let locator = try locator()
    #expect(Set(["default", "high-contrast", "monochrome"]).isSubset(of: Set(locator.available())))
    for name in ["default", "high-contrast", "monochrome"] {
      let theme = try locator.load(name)
      #expect(theme.name == name)
    }
  }

  @Test func theMonochromeFileIsTheBuiltInFallback() throws {
    #expect(try locator().load("monochrome") == Theme.plain)
  }

  @Test func everyShippedThemeGivesTheSelectionAVisibleLookWithoutColours() throws {
    for name in ["default", "high-contrast", "monochrome"] {
      let theme = try locator().load(name).withoutColors
      let selection = theme.style(.selection)
      // Without colours (NO_COLOR) the selection must still stand out. Colour themes get
      // reverse video from the terminal layer only if they set it, so check the file.
      if name == "monochrome" { #expect(selection.reverse == true) }
      #expect(theme.styles.values.allSatisfy { $0.fg == nil && $0.bg == nil && $0.fg256 == nil })
    }
  }

  @Test func anUnknownThemeListsTheAvailableOnes() throws {
    #expect {
      try self.locator().load("rainbow")
    } throws: { error in
      guard case ThemeLocator.Failure.notFound("rainbow", let available) = error else {
        return false
      }
      return available.contains("default")
    }
  }

  @Test func aThemeFileByPathAndATypoInARoleName() throws {
    let folder = try TemporaryFolder()
    let good = folder.url.appendingPathComponent("mine.plist")
    let goodTheme = Theme(name: "mine", styles: [.selection: ThemeStyle(fg: .black, bg: .green)])
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    try encoder.encode(goodTheme).write(to: good)
    #expect(try locator().load(good.path) == goodTheme)

    let bad = folder.url.appendingPathComponent("bad.plist")
    try Data(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <plist version="1.0"><dict><key>name</key><string>bad</string>
      <key>styles</key><dict><key>selecton</key><dict/></dict></dict></plist>
      """.utf8
    ).write(to: bad)
    #expect(throws: ThemeLocator.Failure.self) { try self.locator().load(bad.path) }
  }

  @Test func theThemesFolderFromTheEnvironmentIsSearchedFirst() throws {
    let folder = try TemporaryFolder()
    let theme = Theme(name: "default", styles: [.title: ThemeStyle(bold: true)])
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    try encoder.encode(theme).write(to: folder.url.appendingPathComponent("default.plist"))
    #expect(try locator(["VLGCOACH_THEMES": folder.path]).load("default") == theme)
  }
}
