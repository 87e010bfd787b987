import Foundation
import Glibc
import Testing

/// `vlgcoach kiosk` with the real binary in a terminal: two teachers fill in the meeting
/// evaluation one after the other; the keys that end or suspend programs do nothing; a wrong
/// PIN keeps the kiosk, the right one ends it; the answers are in the store.
@Suite("The shared terminal with the real binary")
struct KioskEndToEndTests {
  func answer(_ session: TmuxSession, text: String) async throws {
    try await session.waitFor(text: "Question 1 of 5")
    try session.sendKeys("4", "Enter", "5", "Enter", "Enter", "Space", "Enter")
    try await session.waitFor(text: "Question 5 of 5")
    try session.type(text)
    try session.sendKeys("Enter")
    try await session.waitFor(text: "Done?")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "Thank you")
    try session.sendKeys("Enter")
  }

  @Test("Two teachers, the keys that do nothing, a wrong PIN, the right PIN")
  func twoTeachersAndThePIN() async throws {
    let scratch = try Scratch()
    for arguments in [
      ["community", "add", "VLG Fysica Gent"],
      ["member", "add", "--community", "Fysica", "An Smet"],
      ["member", "add", "--community", "Fysica", "Bert Claes"],
      ["member", "add", "--community", "Fysica", "Chloé Maes"],
    ] {
      let result = try await vlgcoach(arguments, in: scratch)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let session = try Steps.start(scratch, ["--lang", "en", "kiosk", "--community", "Fysica"])
    defer { session.kill() }
    // The first kiosk without a PIN: the coach chooses one.
    try await session.waitFor(text: "Choose a PIN for the kiosk")
    try session.type("2468")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "Type the same PIN again")
    try session.type("2468")
    try session.sendKeys("Enter")
    // The slow hash takes a while in a debug build.
    try await session.waitFor(text: "Pick your name", timeout: .seconds(60))

    try session.sendKeys("Enter")
    try await answer(session, text: "Meer proeven")
    try await session.waitFor(text: "1 of 3 done")
    try session.sendKeys("Down", "Enter")
    try await answer(session, text: "Koffie")
    let names = try await session.waitFor(text: "2 of 3 done")
    #expect(!names.contains("VLG Fysica Gent"), "nothing of the coach's program shows")

    for key in ["C-c", "C-z", "C-\\", "q", "Escape"] {
      try session.sendKeys(key)
    }
    // A key sent after them is still answered by the kiosk: it did not end or stop.
    try session.sendKeys("Down")
    let after = try await session.waitFor(text: "▸ Chloé Maes")
    #expect(after.contains("2 of 3 done"))

    try session.sendKeys("C-q")
    try await session.waitFor(text: "The coach's PIN")
    try session.type("1111")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "Wrong PIN", timeout: .seconds(60))
    try session.type("2468")
    try session.sendKeys("Enter")
    let (status, screen) = try await session.waitForExit(timeout: .seconds(60))
    #expect(status == 0, "\(screen)")
    try expectSaneTerminal(session, screen)

    let folder = scratch.store.appendingPathComponent("communities")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".plist") }
    let text = try String(
      contentsOf: folder.appendingPathComponent(try #require(files.first)), encoding: .utf8)
    #expect(text.components(separatedBy: "<key>submitted</key>").count - 1 == 2)
    #expect(text.contains("Meer proeven") && text.contains("Koffie"))
    #expect(!text.contains("2468"), "the PIN is never in the community's file")
  }

  @Test("SIGINT from outside leaves the kiosk on; SIGTERM saves and ends it cleanly")
  func signals() async throws {
    let scratch = try Scratch()
    for arguments in [
      ["community", "add", "VLG Chemie Brugge"],
      ["member", "add", "--community", "Chemie", "Dirk Vos"],
    ] {
      _ = try await vlgcoach(arguments, in: scratch)
    }
    let session = try Steps.start(
      scratch, ["--lang", "nl", "kiosk", "--community", "Chemie", "--checklist", "zelfevaluatie"])
    defer { session.kill() }
    try await session.waitFor(text: "Kies een PIN")
    let pid = try session.programPID()
    #expect(Glibc.kill(pid, SIGINT) == 0)
    #expect(Glibc.kill(pid, SIGQUIT) == 0)
    try session.type("1357")
    try await session.waitFor(text: "••••")
    #expect(Glibc.kill(pid, SIGTERM) == 0)
    let (status, screen) = try await session.waitForExit(timeout: .seconds(30))
    #expect(status == 128 + SIGTERM, "\(screen)")
    try expectSaneTerminal(session, screen)
  }
}
