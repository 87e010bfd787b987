import Foundation
import Testing

/// The export menu with the real binary: `x` on a community, a number, the file in the
/// store's exports folder; the private notes only in the hand-over that says it holds them.
@Suite("The export menu with the real binary")
struct ExportMenuEndToEndTests {
  static let marker = "PRIVATE-E2E-MARKER"

  @Test("Export the hand-over with and without private notes from the program")
  func exportTheHandoverFromTheMenu() async throws {
    let scratch = try Scratch()
    for arguments in [
      ["community", "add", "VLG Handel Kempen", "--subject", "Handel"],
      ["member", "add", "--community", "VLG Handel", "Zoë Dëmeester", "--school", "KA Geel"],
      ["phase", "set", "--community", "VLG Handel", "5"],
      ["note", "add", "--community", "VLG Handel", "--member", "zoë", "Trekt \(Self.marker)"],
    ] {
      let result = try await vlgcoach(arguments, in: scratch)
      #expect(result.status == 0, "\(arguments): \(result)")
    }

    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: "VLG Handel Kempen")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "[Overview]")
    // 1 calendar, 2 all schools, 3 KA Geel, 4 dossier, 5 hand-over, 6 with private notes.
    try session.sendKeys("x")
    try await session.waitFor(text: "Hand-over with private notes (do not pass on)")
    try session.sendKeys("5")
    try await session.waitFor(text: "Saved to ")
    try session.sendKeys("x")
    try await session.waitFor(text: "Hand-over with private notes (do not pass on)")
    try session.sendKeys("6")
    try await session.waitFor("the private hand-over saved") {
      $0.flattened.contains("handover-private.md")
    }

    let exports = scratch.store.appendingPathComponent("exports")
    let plain = try String(
      contentsOf: exports.appendingPathComponent("vlg-handel-kempen-handover.md"), encoding: .utf8)
    #expect(plain.hasPrefix("# VLG Handel Kempen — hand-over to the internal coach\n"))
    #expect(!plain.contains(Self.marker))
    let withNotes = try String(
      contentsOf: exports.appendingPathComponent("vlg-handel-kempen-handover-private.md"),
      encoding: .utf8)
    #expect(withNotes.contains(Self.marker))
    #expect(withNotes.contains("**Contains the coach's private notes — do not pass on.**"))

    // Again: the file is there, so the program asks first.
    try session.sendKeys("x")
    try await session.waitFor(text: "Hand-over with private notes (do not pass on)")
    try session.sendKeys("5")
    try await session.waitFor(text: "y yes")
    try session.sendKeys("y")
    try await session.waitFor(text: "Saved to ")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Learning communities")
    try await Steps.quit(session)
  }
}
