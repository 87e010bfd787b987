import Foundation
import Testing

/// A meeting as a coach runs it: prepared on the command line, held in the live mode, its
/// minutes exported from the program and read from disk.
@Suite("A meeting with the real binary")
struct MeetingEndToEndTests {
  @Test("Run a meeting live, add an agreement, export the minutes and read them")
  func runAMeetingAndExportTheMinutes() async throws {
    let scratch = try Scratch()
    let today = ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    for arguments in [
      ["community", "add", "VLG Handel Kempen", "--subject", "Handel"],
      ["member", "add", "--community", "VLG Handel", "Zoë Dëmeester", "--school", "KA Geel"],
      ["member", "add", "--community", "VLG Handel", "Jan de Vries"],
      ["phase", "set", "--community", "VLG Handel", "4"],
      [
        "meeting", "add", "--community", "VLG Handel", "--date", today, "--time", "14:00",
        "--place", "KA Geel",
      ],
    ] {
      let result = try await vlgcoach(arguments, in: scratch)
      #expect(result.status == 0, "\(arguments): \(result)")
    }

    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: "VLG Handel Kempen")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "[Overview]")
    try session.sendKeys("Tab", "Tab")
    try await session.waitFor(text: "[Meetings]")

    // The live mode starts the first agenda item; n moves on to the review item.
    try session.sendKeys("m")
    try await session.waitFor(text: "⏱")
    try await session.waitFor(text: "▶")
    try session.sendKeys("n")
    try await session.waitFor("the first item done") { $0.contains("✓") }

    // h: an agreement made in this meeting, owner by a prefix of her name.
    try session.sendKeys("h")
    try await session.waitFor(text: "New agreement")
    try session.sendKeys("Tab")
    try session.type("Evaluatiecriteria uitwerken")
    try session.sendKeys("Tab")
    try session.type("zoë")
    try session.sendKeys("C-s")
    try await session.waitFor(text: "Agreement 1 added")

    // Back to the meetings tab, open the meeting, x, Enter: the default exports folder.
    try session.sendKeys("Escape")
    try await session.waitFor(text: "[Meetings]")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "[Agenda]")
    try session.sendKeys("x")
    try await session.waitFor(text: "Export the minutes")
    try session.sendKeys("Enter")
    let screen = try await session.waitFor("the path of the minutes") {
      $0.flattened.contains("Saved to ")
    }
    let exports = scratch.store.appendingPathComponent("exports")
    let files = try FileManager.default.contentsOfDirectory(atPath: exports.path)
    let file = try #require(files.first { $0.hasSuffix(".md") }, "\(screen)")
    #expect(screen.flattened.contains(file) || screen.flattened.contains(exports.path), "\(screen)")
    let minutes = try String(contentsOf: exports.appendingPathComponent(file), encoding: .utf8)
    #expect(minutes.hasPrefix("# VLG Handel Kempen"), "\(minutes)")
    #expect(minutes.contains("Evaluatiecriteria uitwerken"), "\(minutes)")
    #expect(minutes.contains("Zoë Dëmeester"), "\(minutes)")

    try session.sendKeys("Escape")
    try await session.waitFor(text: "[Meetings]")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Learning communities")
    try await Steps.quit(session)

    let list = try await vlgcoach(["agreement", "list", "--json"], in: scratch)
    #expect(list.stdout.contains("Evaluatiecriteria uitwerken"), "\(list)")
  }
}
