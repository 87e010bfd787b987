import Foundation
import Testing

/// Changes made with the keys reach the store, survive a restart and show in the CLI.
@Suite("Editing with the real binary")
struct EditingEndToEndTests {
  @Test("A community and a member added with the keys are there after a restart and in the CLI")
  func addCommunityAndMemberThenReopen() async throws {
    let scratch = try Scratch()
    do {
      let session = try Steps.start(scratch)
      defer { session.kill() }
      try await session.waitFor(text: Steps.emptyHome)
      try await Steps.addCommunity(session, name: "VLG Handel Kempen", subject: "Handel")

      try session.sendKeys("Enter")
      try await session.waitFor(text: "[Overview]")
      try session.sendKeys("Tab")
      try await session.waitFor(text: "[Members]")
      try session.sendKeys("a")
      try await session.waitFor(text: Steps.newMemberForm)
      try session.type("Zoë Dëmeester")
      try session.sendKeys("C-s")
      try await session.waitFor("the new member in the list") { screen in
        !screen.contains(Steps.newMemberForm) && screen.contains("▸ Zoë Dëmeester")
      }
      try session.sendKeys("Escape")
      try await session.waitFor(text: "vlgcoach · Learning communities")
      try await Steps.quit(session)
    }

    do {
      let session = try Steps.start(scratch)
      defer { session.kill() }
      try await session.waitFor(text: "VLG Handel Kempen")
      try session.sendKeys("Enter")
      try await session.waitFor(text: "[Overview]")
      try session.sendKeys("Tab")
      try await session.waitFor(text: "Zoë Dëmeester")
      try session.sendKeys("Escape")
      try await session.waitFor(text: "vlgcoach · Learning communities")
      try await Steps.quit(session)
    }

    let members = try await vlgcoach(["member", "list", "--community", "VLG Handel"], in: scratch)
    #expect(members.status == 0, "\(members)")
    #expect(members.stdout.contains("Zoë Dëmeester"), "\(members)")
  }

  @Test("u undoes adding a community, Ctrl-R redoes it, and the store keeps the result")
  func undoAndRedo() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch)
    defer { session.kill() }
    try await session.waitFor(text: Steps.emptyHome)
    try await Steps.addCommunity(session, name: "VLG Wiskunde Gent", subject: "Wiskunde")

    try session.sendKeys("u")
    try await session.waitFor("the community to be undone") { screen in
      screen.contains(Steps.emptyHome) && screen.contains("Undone:")
        && !screen.contains("▸ VLG Wiskunde Gent")
    }
    #expect(try await communityNames(in: scratch).isEmpty)

    try session.sendKeys("C-r")
    try await session.waitFor("the community to be redone") { screen in
      screen.contains("▸ VLG Wiskunde Gent") && screen.contains("Redone:")
    }
    try await Steps.quit(session)
    #expect(try await communityNames(in: scratch) == ["VLG Wiskunde Gent"])
  }
}
