import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("--theme is remembered in the store")
struct ThemeChoiceTests {
  func session(_ store: URL, theme: String) throws -> TUISession {
    TUISession(
      options: try StoreOptions.parse(["--store", store.path]), themeName: theme, demo: false)
  }

  @Test func aThemeFileIsRememberedByItsAbsolutePath() throws {
    let folder = try TemporaryFolder()
    let file = folder.url.appendingPathComponent("mine.plist")
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    try encoder.encode(Theme(name: "mine", styles: [:])).write(to: file)
    // The same file, named relative to the current folder and with a detour.
    let here = FileManager.default.currentDirectoryPath
    let up = here.split(separator: "/").map { _ in ".." }.joined(separator: "/")
    let relative = "./" + up + folder.path + "/./sub/../mine.plist"
    #expect(!relative.hasPrefix("/"))

    let storeURL = folder.url.appendingPathComponent("store")
    let store = try PropertyListStore(directory: storeURL)
    let locator = ThemeLocator(storeDirectory: storeURL, environment: [:])
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let theme = try session(storeURL, theme: relative).chooseTheme(store: store, locator: locator)
    #expect(theme.name == "mine")
    #expect(store.settings.theme == file.standardizedFileURL.path)
  }

  @Test func aThemeNameStaysAName() throws {
    let folder = try TemporaryFolder()
    let themes = folder.url.appendingPathComponent("themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    try encoder.encode(Theme(name: "calm", styles: [:]))
      .write(to: themes.appendingPathComponent("calm.plist"))
    let storeURL = folder.url.appendingPathComponent("store")
    let store = try PropertyListStore(directory: storeURL)
    let locator = ThemeLocator(
      storeDirectory: storeURL, environment: ["VLGCOACH_THEMES": themes.path])
    _ = try session(storeURL, theme: "calm").chooseTheme(store: store, locator: locator)
    #expect(store.settings.theme == "calm")
    #expect(ThemeLocator.remembered("high-contrast") == "high-contrast")
  }
}
