import Foundation
import Testing

/// One writer at a time.
@Suite("The store lock with the real binary")
struct LockingEndToEndTests {
  @Test("A second instance opens read-only and the CLI refuses to write while one runs")
  func secondInstanceIsReadOnly() async throws {
    let scratch = try Scratch()
    let first = try Steps.start(scratch)
    defer { first.kill() }
    try await first.waitFor(text: Steps.emptyHome)
    let firstPID = try first.programPID()

    let second = try Steps.start(scratch)
    defer { second.kill() }
    let screen = try await second.waitFor("the read-only notice") { screen in
      screen.contains("read-only") && screen.contains("vlgcoach is already open")
    }
    #expect(screen.contains("process \(firstPID)"), "\(screen)")

    // The read-only copy offers no form to type into: `a` only repeats why.
    #expect(!screen.contains("a add"), "\(screen)")
    try second.sendKeys("a")
    // Had a form opened, “?” would be typed into it; the help opening proves it did not.
    try second.sendKeys("?")
    let refused = try await second.waitFor(text: "On this screen")
    #expect(!refused.contains(Steps.newCommunityForm), "\(refused)")
    try second.sendKeys("Escape")
    _ = try await second.waitForGone(text: "On this screen")

    let add = try await vlgcoach(["community", "add", "VLG Latijn Leuven"], in: scratch)
    #expect(add.status == 1, "\(add)")
    #expect(add.stderr.contains("close it and try again"), "\(add)")

    try await Steps.quit(second)
    try await Steps.quit(first)
    #expect(try await communityNames(in: scratch).isEmpty)

    // The lock goes with the program.
    let later = try await vlgcoach(["community", "add", "VLG Latijn Leuven"], in: scratch)
    #expect(later.status == 0, "\(later)")
  }
}
