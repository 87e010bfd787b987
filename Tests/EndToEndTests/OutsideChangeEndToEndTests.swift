import Foundation
import Testing

/// The running program and files changed by others: another vlgcoach, a sync tool.
@Suite("Outside changes with the real binary")
struct OutsideChangeEndToEndTests {
  @Test("A file rewritten by another program while vlgcoach runs is shown as it is now")
  func aSyncedFileIsShown() async throws {
    let scratch = try Scratch()
    let added = try await vlgcoach(["community", "add", "VLG Handel Kempen"], in: scratch)
    #expect(added.status == 0, "\(added)")
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: "VLG Handel Kempen")
    // A sync tool writes the file anew: same community, another name.
    let folder = scratch.store.appendingPathComponent("communities")
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
        $0.hasSuffix(".plist")
      })
    let url = folder.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    try Data(
      text.replacingOccurrences(of: "VLG Handel Kempen", with: "VLG Handel Noord").utf8
    ).write(to: url)

    // The home screen lists from the index; opening reads the file, and the watch keeps it.
    try session.sendKeys("Enter")
    try await session.waitFor(text: "VLG Handel Noord")
    // Changed again while it is open here: shown without a key, at the next tick.
    let again = try String(contentsOf: url, encoding: .utf8)
    try Data(
      again.replacingOccurrences(of: "VLG Handel Noord", with: "VLG Handel Zuid").utf8
    ).write(to: url)
    try await session.waitFor(text: "Changed outside vlgcoach, shown now: VLG Handel Zuid")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Learning communities")
    try await session.waitFor(text: "VLG Handel Zuid")
    try await Steps.quit(session)
    #expect(try await communityNames(in: scratch) == ["VLG Handel Zuid"])
  }

  @Test("A second vlgcoach becomes writable once the first has closed")
  func aLockedOutInstanceTakesOver() async throws {
    let scratch = try Scratch()
    let first = try Steps.start(scratch)
    defer { first.kill() }
    try await first.waitFor(text: Steps.emptyHome)
    let second = try Steps.start(scratch)
    defer { second.kill() }
    try await second.waitFor(text: "read-only")
    try await Steps.quit(first)
    try await second.waitFor(text: "The other vlgcoach has closed")
    try await Steps.addCommunity(second, name: "VLG Latijn Leuven", subject: "Latijn")
    try await Steps.quit(second)
    #expect(try await communityNames(in: scratch) == ["VLG Latijn Leuven"])
  }
}
