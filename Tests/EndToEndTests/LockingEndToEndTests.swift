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

    // A change in the read-only copy is refused, not saved.
    try second.sendKeys("a")
    try await second.waitFor(text: Steps.newCommunityForm)
    try second.type("VLG Nooit Bewaard")
    try second.sendKeys("C-s")
    let refused = try await second.waitForGone(text: Steps.newCommunityForm)
    #expect(refused.contains(Steps.emptyHome), "\(refused)")

    let add = try await vlgcoach(["community", "add", "VLG Latijn Leuven"], in: scratch)
    #expect(add.status == 1, "\(add)")
    #expect(add.stderr.contains("vlgcoach is already open"), "\(add)")

    try await Steps.quit(second)
    try await Steps.quit(first)
    #expect(try await communityNames(in: scratch).isEmpty)

    // The lock goes with the program.
    let later = try await vlgcoach(["community", "add", "VLG Latijn Leuven"], in: scratch)
    #expect(later.status == 0, "\(later)")
  }
}
