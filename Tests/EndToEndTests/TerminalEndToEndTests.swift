import Foundation
import Glibc
import Testing

/// The terminal: resizing, and leaving it usable however the program ends.
@Suite("The terminal with the real binary")
struct TerminalEndToEndTests {
  /// True when the title row and the status bar both reach the right edge of a `width`
  /// wide screen of `height` rows.
  private static func laidOut(_ screen: String, width: Int, height: Int) -> Bool {
    let rows = screen.rows
    guard rows.count >= height, rows.count <= height + 1 else { return false }
    let title = rows[0]
    let status = rows[height - 1]
    return title.hasPrefix(" vlgcoach") && title.count == width - 1
      && status.hasSuffix("✓ saved") && status.count == width - 1
  }

  @Test("The layout follows the window; too small asks to enlarge; growing back works")
  func resize() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor("the home screen at 80×24") {
      Self.laidOut($0, width: 80, height: 24)
    }

    try session.resize(width: 120, height: 40)
    try await session.waitFor("the home screen at 120×40") {
      Self.laidOut($0, width: 120, height: 40)
    }

    try session.resize(width: 20, height: 6)
    let small = try await session.waitFor("the enlarge message") { screen in
      screen.flattened.contains("Please enlarge the terminal")
        && screen.flattened.contains("(now 20×6)")
    }
    #expect(!small.contains("Learning communities"), "\(small)")

    try session.resize(width: 80, height: 24)
    try await session.waitFor("the home screen back at 80×24") { screen in
      Self.laidOut(screen, width: 80, height: 24) && screen.contains(Steps.emptyHome)
    }
    try session.sendKeys("a")
    try await session.waitFor(text: Steps.newCommunityForm)
    try session.sendKeys("Escape")
    try await session.waitForGone(text: Steps.newCommunityForm)
    try await Steps.quit(session)
  }

  @Test("Ctrl-C quits with status 0 and restores the terminal")
  func controlCRestoresTheTerminal() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    #expect(
      try session.display("#{alternate_on}") == "1", "the program should use the alternate screen")

    try session.sendKeys("C-c")
    let (status, screen) = try await session.waitForExit()
    #expect(status == 0, "exit status \(status)\n\(screen)")
    #expect(
      !screen.contains("Learning communities"), "the program's screen is still shown:\n\(screen)")
    try expectSaneTerminal(session, screen)
  }

  @Test("Ctrl-C with typed text in a form asks first; y quits with status 0")
  func controlCAsksBeforeDiscardingTypedText() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    try session.sendKeys("a")
    try await session.waitFor(text: Steps.newCommunityForm)
    try session.type("VLG Half Getypt")
    try session.sendKeys("C-c")
    try await session.waitFor(text: "Quit without saving what you typed?")
    try session.sendKeys("y")
    let (status, screen) = try await session.waitForExit()
    #expect(status == 0, "exit status \(status)\n\(screen)")
    try expectSaneTerminal(session, screen)
    #expect(try await communityNames(in: scratch).isEmpty)
  }

  @Test(
    "SIGTERM, SIGHUP, SIGINT and SIGQUIT save, restore the terminal and exit with 128 + the signal",
    arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT])
  func politeSignal(_ signal: Int32) async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    try await Steps.addCommunity(session, name: "VLG Frans Brugge", subject: "Frans")
    try await expectSavedAfter(signal, session, scratch, names: ["VLG Frans Brugge"])
  }

  /// Sends `signal` to the program; it must exit with 128 + the signal, leave the terminal
  /// sane, and have saved exactly `names`.
  func expectSavedAfter(
    _ signal: Int32, _ session: TmuxSession, _ scratch: Scratch, names: [String]
  ) async throws {
    let pid = try session.programPID()
    #expect(Glibc.kill(pid, signal) == 0)
    let (status, screen) = try await session.waitForExit()
    #expect(status == 128 + signal, "exit status \(status)\n\(screen)")
    try expectSaneTerminal(session, screen)
    #expect(try await communityNames(in: scratch) == names)
  }

  @Test("SIGHUP while a form holds typed text saves it before quitting")
  func signalWithAFormOpen() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    try session.sendKeys("a")
    try await session.waitFor(text: Steps.newCommunityForm)
    try session.type("VLG Typed When The Line Dropped")
    try await session.waitFor(text: "VLG Typed When The Line Dropped")
    try await expectSavedAfter(SIGHUP, session, scratch, names: ["VLG Typed When The Line Dropped"])
  }

  @Test("Without a terminal it exits with 2 and says why; subcommands still work")
  func notATerminal() async throws {
    let scratch = try Scratch()
    let binary = try VLGCoachBinary.url()
    let environment = scratch.environment()

    let program = try await runCommand(
      binary, ["--lang", "en", "--store", scratch.store.path], environment: environment)
    #expect(program.status == 2, "\(program)")
    #expect(program.stderr.contains("terminal"), "\(program)")
    #expect(
      !program.stdout.contains("\u{1B}["), "escape codes written to a non-terminal: \(program)")

    let list = try await runCommand(
      binary, ["community", "list", "--store", scratch.store.path], environment: environment)
    #expect(list.status == 0, "\(list)")
    #expect(list.stdout.contains("No learning communities yet."), "\(list)")
  }
}
