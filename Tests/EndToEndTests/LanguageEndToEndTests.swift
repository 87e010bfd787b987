import Foundation
import Testing

/// The language and the character set come from the environment.
@Suite("Languages and locales with the real binary")
struct LanguageEndToEndTests {
  @Test("LANG=nl_BE.UTF-8 speaks Dutch")
  func dutchFromLang() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch, [], lang: "nl_BE.UTF-8")
    defer { session.kill() }
    try await session.waitFor(text: "vlgcoach · Leergemeenschappen")
    try await session.waitFor(text: "Nog geen leergemeenschappen")
    try await Steps.quit(session)
  }

  @Test("LANG=C still shows accented names (demo store)")
  func accentsUnderPlainC() async throws {
    let scratch = try Scratch()
    let session = try TmuxSession(["--demo"], environment: scratch.environment(lang: "C"))
    defer { session.kill() }
    try await session.waitFor(text: "VLG Handel Kempen")
    try session.sendKeys("/")
    try session.type("Handel")
    try await session.waitFor(text: "1 hit in 1 community")
    try await session.waitForGone(text: "VLG Geschiedenis Antwerpen")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "[Overview]")
    try session.sendKeys("Tab")
    try await session.waitFor(text: "Zoë Dëmeester")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Search: Handel")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "vlgcoach · Learning communities")
    try await Steps.quit(session)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.temporary.path)
    #expect(leftovers.isEmpty, "the demo store was not removed: \(leftovers)")
  }
}
