import Foundation
import Testing

/// Search everywhere with the real binary: `/` on the home screen, a word, Enter lands on
/// the hit; a private note added on the command line is found and said to be private.
@Suite("Search with the real binary")
struct SearchEndToEndTests {
  @Test("/ ahmed, Enter: the member; Esc, ↓, Enter: the agreement in its meeting")
  func searchTheDemoAndGoToTheHits() async throws {
    let scratch = try Scratch()
    let session = try TmuxSession(["--demo", "--lang", "en"], environment: scratch.environment())
    defer { session.kill() }
    try await session.waitFor(text: "VLG Handel Kempen")
    try session.sendKeys("/")
    try await session.waitFor(text: "Search everything")
    try session.type("ahmed")
    try await session.waitFor(text: "Casus van Ahmed vooraf lezen")
    let hits = try await session.waitFor(text: "2 hits in 1 community")
    #expect(hits.contains("Members") && hits.contains("Agreements"), "\(hits)")
    try session.sendKeys("Enter")
    let members = try await session.waitFor(text: "[Members]")
    #expect(
      members.rows.contains { $0.contains("▸") && $0.contains("Ahmed El Amrani") }, "\(members)")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Search: ahmed")
    try session.sendKeys("Down")
    try session.sendKeys("Enter")
    let meeting = try await session.waitFor(text: "[Agreements]")
    #expect(
      meeting.rows.contains { $0.contains("▸") && $0.contains("Casus van Ahmed") }, "\(meeting)")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Search: ahmed")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "vlgcoach · Learning communities")
    try await Steps.quit(session)
  }

  @Test("A note added with `vlgcoach note add` is found in the program, marked private")
  func aPrivateNoteIsFoundAndMarked() async throws {
    let scratch = try Scratch()
    for arguments in [
      ["community", "add", "VLG Frans Brugge"],
      ["member", "add", "--community", "frans", "Lien Vermeersch"],
      ["note", "add", "--community", "frans", "--member", "lien", "Lien twijfelt aan de rubric"],
    ] {
      let result = try await vlgcoach(arguments, in: scratch)
      #expect(result.status == 0, "\(arguments): \(result)")
    }
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: "VLG Frans Brugge")
    try session.sendKeys("/")
    try session.type("TWIJFELT")
    let screen = try await session.waitFor(text: "Group dynamics (private)")
    #expect(
      screen.rows.contains { $0.contains("Lien twijfelt aan de rubric") && $0.contains("private") },
      "\(screen)")
    try session.sendKeys("Enter")
    let timeline = try await session.waitFor(text: "Notes on the group · VLG Frans Brugge")
    #expect(timeline.contains("Lien twijfelt aan de rubric"), "\(timeline)")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Search: TWIJFELT")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "vlgcoach · Learning communities")
    try await Steps.quit(session)
  }

  @Test("A note written in the program with n is found by / and opens the timeline")
  func aNoteWrittenInTheProgramIsFound() async throws {
    let scratch = try Scratch()
    let session = try TmuxSession(["--demo", "--lang", "en"], environment: scratch.environment())
    defer { session.kill() }
    try await session.waitFor(text: "VLG Handel Kempen")
    try session.sendKeys("Down")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "[Overview]")
    try session.sendKeys("n")
    try await session.waitFor(text: "Note on the group's dynamics")
    try session.type("Spanning rond de examenplanning")
    try session.sendKeys("C-s")
    try await session.waitForGone(text: "Note on the group's dynamics")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "vlgcoach · Learning communities")
    try session.sendKeys("/")
    try session.type("examenplanning spanning")
    let screen = try await session.waitFor(text: "Group dynamics (private)")
    #expect(
      screen.rows.contains {
        $0.contains("Spanning rond de examenplanning") && $0.contains("private")
      }, "\(screen)")
    try session.sendKeys("Enter")
    try await session.waitFor(text: "Notes on the group · VLG Handel Kempen")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "Search: examenplanning spanning")
    try session.sendKeys("Escape")
    try await session.waitFor(text: "vlgcoach · Learning communities")
    try await Steps.quit(session)
  }
}
