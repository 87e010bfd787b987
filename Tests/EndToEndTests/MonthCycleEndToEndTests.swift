import Foundation
import Testing

/// The month's cycle as a new coach does it, on a fresh store at 100×30, counting every
/// key sent beyond typed text. The keys are the product's interface: more than 35 for the
/// month's part (plan → run → attendance → minutes → follow-up), or 60 for the whole cycle,
/// fails. README.md shows the same walk.
@Suite("The month's cycle in keys")
struct MonthCycleEndToEndTests {
  /// Sends keys through the session and counts them per stage.
  final class Keys {
    let session: TmuxSession
    private(set) var counts: [(stage: String, keys: Int)] = []

    init(_ session: TmuxSession) { self.session = session }

    func stage(_ name: String) { counts.append((name, 0)) }

    func send(_ keys: String...) throws {
      for key in keys { try session.sendKeys(key) }
      counts[counts.count - 1].keys += keys.count
    }

    func total(_ stages: Set<String>) -> Int {
      counts.filter { stages.contains($0.stage) }.reduce(0) { $0 + $1.keys }
    }
  }

  @Test(
    "A community, six members, a meeting run live, its minutes, the next meeting, the follow-up")
  func theMonthsCycle() async throws {
    let scratch = try Scratch()
    let session = try Steps.start(scratch, width: 100, height: 30)
    defer { session.kill() }
    let keys = Keys(session)
    try await session.waitFor(text: Steps.emptyHome)

    keys.stage("community")
    try keys.send("a")
    try await session.waitFor(text: Steps.newCommunityForm)
    try session.type("VLG Handel Kempen")
    try keys.send("C-s")
    try await session.waitFor(text: "▸ VLG Handel Kempen")

    keys.stage("members")
    try keys.send("Enter")
    try await session.waitFor(text: "[Overview]")
    try keys.send("Tab")
    try await session.waitFor(text: "[Members]")
    for name in [
      "Zoë Dëmeester", "Jan de Vries", "Els Peeters", "Ahmed El Amrani", "Marie Claes",
      "Bram Wouters",
    ] {
      try keys.send("a")
      try await session.waitFor(text: Steps.newMemberForm)
      try session.type(name)
      try keys.send("C-s")
      try await session.waitFor("\(name) added") { $0.contains(name) && !$0.contains("New member") }
    }

    keys.stage("plan")
    try keys.send("Tab")
    try await session.waitFor(text: "[Meetings]")
    try keys.send("a")
    try await session.waitFor(text: "New meeting")
    try keys.send("C-s")
    try await session.waitFor(text: "Planned meeting 1")

    keys.stage("agenda")
    try keys.send("Enter")
    try await session.waitFor(text: "[Agenda]")
    try keys.send("a")
    try await session.waitFor(text: "New agenda item")
    try session.type("Casus boekhouding")
    try keys.send("Tab")
    try session.type("30")
    try keys.send("C-s")
    try await session.waitFor(text: "Casus boekhouding")
    try keys.send("Escape")
    try await session.waitFor(text: "[Meetings]")

    keys.stage("run")
    try keys.send("m")
    try await session.waitFor(text: "Is it taking place")
    try keys.send("y")
    try await session.waitFor(text: "▶")
    try keys.send("t")
    try await session.waitFor(text: "Note in the minutes")
    try session.type("Iedereen stelt zich voor")
    try keys.send("Enter")
    try await session.waitFor(text: "Note added")
    try keys.send("n")
    try await session.waitFor(text: "Now: 2")
    try keys.send("b")
    try await session.waitFor(text: "Decision on")
    try session.type("We werken per school een casus uit")
    try keys.send("Enter")
    try await session.waitFor(text: "Decision added")
    for (text, owner) in [("Casus uitschrijven", "zoë"), ("Oefenbundel voorzien", "vries")] {
      try keys.send("h")
      try await session.waitFor(text: "New agreement")
      try keys.send("Tab")
      try session.type(text)
      try keys.send("Tab")
      try session.type(owner)
      try keys.send("C-s")
      try await session.waitFor("\(text) made") { !$0.contains("New agreement") }
    }

    keys.stage("attendance")
    try keys.send("A")
    try await session.waitFor(text: "Present 0 of 6")
    try keys.send("e")  // the first is excused, then everyone else is here
    try keys.send("P")
    try await session.waitFor(text: "5 people marked present")
    try keys.send("Escape")
    try await session.waitForGone(text: "close panel")

    keys.stage("minutes")
    try keys.send("E")
    try await session.waitFor(text: "Meeting ended")
    try keys.send("x")
    try await session.waitFor(text: "Saved to ")

    keys.stage("next meeting")
    try keys.send("a")
    try await session.waitFor(text: "New meeting")
    try keys.send("C-s")
    try await session.waitFor(text: "Planned meeting 2")

    keys.stage("follow-up")
    try keys.send("Escape")
    try await session.waitFor(text: "[Meetings]")
    try keys.send("f")
    try await session.waitFor(text: "Casus uitschrijven")
    try keys.send("Enter")
    try await session.waitFor(text: "Follow up agreement")
    try keys.send("C-s")  // done
    try await session.waitFor(text: ": done")
    try keys.send("Enter")
    try await session.waitFor(text: "Follow up agreement")
    try keys.send("Right")  // partly
    try keys.send("C-s")
    let last = try await session.waitFor(text: ": partly")

    let exports = try FileManager.default.contentsOfDirectory(
      atPath: scratch.store.appendingPathComponent("exports").path)
    #expect(exports.contains { $0.hasSuffix("-meeting-1.md") }, "\(exports)")
    #expect(last.contains("partly"), "\(last)")

    let month = keys.total(["plan", "run", "attendance", "minutes", "next meeting", "follow-up"])
    let whole = keys.total(Set(keys.counts.map(\.stage)))
    let report = keys.counts.map { "\($0.stage) \($0.keys)" }.joined(separator: ", ")
    #expect(month <= 35, "month's part: \(month) keys (\(report))")
    #expect(whole <= 60, "whole cycle: \(whole) keys (\(report))")
    print("Month's cycle in keys: \(report); month \(month), whole \(whole)")
  }
}
