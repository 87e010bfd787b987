import Foundation
import Glibc
import Testing

/// Text typed into a form that cannot be saved yet survives the end of the program.
@Suite("Drafts with the real binary")
struct DraftEndToEndTests {
  @Test(
    "SIGTERM and SIGHUP with a half-filled form keep it as a draft, open again at the next start",
    arguments: [SIGTERM, SIGHUP])
  func aHalfFilledFormComesBack(signal: Int32) async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    try session.sendKeys("a")
    try await session.waitFor(text: Steps.newCommunityForm)
    // A subject but no name: this form cannot be saved as a community.
    try session.sendKeys("Tab")
    try session.type("Geschiedenis derde graad")
    try await session.waitFor(text: "Geschiedenis derde graad")
    let pid = try session.programPID()
    #expect(Glibc.kill(pid, signal) == 0)
    let (status, screen) = try await session.waitForExit()
    #expect(status == 128 + signal, "exit status \(status)\n\(screen)")
    #expect(try await communityNames(in: scratch).isEmpty)

    let again = try Steps.start(scratch)
    defer { again.kill() }
    let back = try await again.waitFor(text: "your text is back")
    #expect(back.contains(Steps.newCommunityForm), "\(back)")
    #expect(back.contains("Geschiedenis derde graad"), "\(back)")
    // Finished now: a name, and it is saved as any form.
    try again.sendKeys("BTab")
    try again.type("VLG Geschiedenis Mol")
    try again.sendKeys("C-s")
    _ = try await again.waitForGone(text: Steps.newCommunityForm)
    try await Steps.quit(again)
    #expect(try await communityNames(in: scratch) == ["VLG Geschiedenis Mol"])
    let drafts = scratch.store.appendingPathComponent("drafts/form.plist")
    #expect(!FileManager.default.fileExists(atPath: drafts.path), "taken once")
  }
}
