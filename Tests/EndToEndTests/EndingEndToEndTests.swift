import Foundation
import Glibc
import Testing

/// How the program ends when things go wrong: a signal while saving fails, and a crash.
@Suite("Ending badly with the real binary")
struct EndingEndToEndTests {
  @Test("SIGTERM while a save is failing exits with 143, after saying why it could not save")
  func signalWhileSavingFails() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    // A file where the communities folder was: every save of a community fails.
    let communities = scratch.store.appendingPathComponent("communities")
    try FileManager.default.removeItem(at: communities)
    try Data().write(to: communities)
    try session.sendKeys("a")
    try await session.waitFor(text: Steps.newCommunityForm)
    try session.type("VLG Niet Bewaard")
    try session.sendKeys("C-s")
    try await session.waitFor(text: "✗ not saved")

    #expect(Glibc.kill(try session.programPID(), SIGTERM) == 0)
    let (status, screen) = try await session.waitForExit()
    #expect(status == 128 + SIGTERM, "exit status \(status)\n\(screen)")
    #expect(screen.contains("Could not save"), "\(screen)")
    try expectSaneTerminal(session, screen)
  }

  @Test("A crash restores the terminal, says so in one sentence and ends at once")
  func crash() async throws {
    let scratch = try Scratch()
    let session = try TmuxSession(
      ["--lang", "en", "--store", scratch.store.path],
      environment: scratch.environment(extra: ["VLGCOACH_TEST_CRASH": "1"]))
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    try session.sendKeys("j")
    let (status, screen) = try await session.waitForExit()
    #expect([128 + SIGILL, 128 + SIGTRAP].contains(status), "exit status \(status)\n\(screen)")
    #expect(
      screen.flattened.contains(
        "vlgcoach stopped after an internal error; everything saved until then is safe."),
      "\(screen)")
    // The Swift runtime's backtracer would wait for a key, holding the terminal.
    #expect(!screen.contains("Press space"), "\(screen)")
    try expectSaneTerminal(session, screen)
  }
}
