import Foundation
import Testing

/// `vlgcoach pin set` at a real terminal: the PIN is typed unseen and the terminal's modes
/// come back afterwards.
@Suite("vlgcoach pin set with the real binary")
struct PinEndToEndTests {
  @Test("The PIN typed twice is saved, never shown, in a file for the owner alone")
  func setAPIN() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch, ["--lang", "en", "pin", "set"])
    defer { session.kill() }
    try await session.waitFor(text: "New PIN (4 to 12 digits):")
    try session.type("73915")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "Type the new PIN again:")
    try session.type("73915")
    try session.sendKeys("Enter")
    // Saving runs the slow hash: in a debug build it may take some seconds.
    let (status, screen) = try await session.waitForExit(timeout: .seconds(60))
    #expect(status == 0, "\(screen)")
    #expect(screen.contains("PIN saved."))
    #expect(!screen.contains("73915"), "the PIN showed on the screen:\n\(screen)")
    // `stty -a` after the program: echo, line editing and signals are back.
    try expectSaneTerminal(session, screen)
    let path = scratch.store.appendingPathComponent("kiosk-pin.plist").path
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!text.contains("73915"))
  }

  @Test("Ctrl-C at the prompt gives the terminal back and saves nothing")
  func cancel() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch, ["--lang", "en", "pin", "set"])
    defer { session.kill() }
    try await session.waitFor(text: "New PIN (4 to 12 digits):")
    try session.type("12")
    try session.sendKeys("C-c")
    let (status, screen) = try await session.waitForExit()
    #expect(status == 1, "\(screen)")
    #expect(screen.contains("Cancelled; nothing was saved."))
    try expectSaneTerminal(session, screen)
    let path = scratch.store.appendingPathComponent("kiosk-pin.plist").path
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
