import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

/// A clock that moves on by a fixed step each time the loop reads it.
final class SteppingClock {
  private(set) var now: Date
  let step: TimeInterval

  init(start: Date, step: TimeInterval) {
    self.now = start
    self.step = step
  }

  func read() -> Date {
    now = now.addingTimeInterval(step)
    return now
  }
}

@Suite("The event loop's clock while someone types")
struct EventLoopClockTests {
  static let start = Date(timeIntervalSince1970: 1_795_262_400)  // 2026-11-21 12:00 UTC

  func makeLoop(_ store: PropertyListStore, _ terminal: ScriptedTerminal, clock: SteppingClock)
    -> EventLoop
  {
    let dates = DateText(
      localeIdentifier: "en_GB", timeZone: TimeZone(identifier: "UTC") ?? .current)
    let state = AppState(
      language: .en, dates: dates, now: Self.start, width: 80, height: 24,
      library: Library(summaries: store.summaries))
    return EventLoop(
      state: state, terminal: terminal, runner: EffectRunner(store: store, language: .en),
      clock: clock.read)
  }

  @Test func keysTickTheClockWhenASecondPassed() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let clock = SteppingClock(start: Self.start, step: 2)
    let terminal = ScriptedTerminal(ScriptedTerminal.typing("???"))
    let loop = makeLoop(store, terminal, clock: clock)
    loop.run()
    // No wait ever timed out, yet every key (and the closing Ctrl-C) moved the clock.
    #expect(loop.state.now == Self.start.addingTimeInterval(8))
  }

  @Test func lessThanASecondDoesNotTick() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let clock = SteppingClock(start: Self.start, step: 0.25)
    let terminal = ScriptedTerminal(ScriptedTerminal.typing("??"))
    let loop = makeLoop(store, terminal, clock: clock)
    loop.run()
    // 0.25, 0.5, 0.75 s: not yet a second since the last tick.
    #expect(loop.state.now == Self.start)
  }

  @Test func theLiveTimerRunsOnWhileANoteIsTyped() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let today = CalendarDay(Self.start, in: TimeZone(identifier: "UTC") ?? .current)
    var community = try Community.create(
      CommunityDraft(name: "VLG Handel"), otherNames: [], phase: .discussAndDevelop, today: today,
      now: Self.start)
    community.addMeeting(on: today, language: .en)
    try store.save(community)
    let clock = SteppingClock(start: Self.start, step: 30)
    // Open the community, its meetings tab, the live mode; then type a note, no pause.
    let terminal = ScriptedTerminal(
      [.input(.key(.enter)), .input(.key(.tab)), .input(.key(.tab)), .input(.key(.character("m")))]
        + [.input(.key(.character("t")))] + ScriptedTerminal.typing("Ahmed shows his case")
        + [.input(.key(.enter))])
    let loop = makeLoop(store, terminal, clock: clock)
    loop.run()
    let saved = try store.community(community.id)
    let item = try #require(saved.meetings.first?.agenda.first)
    #expect(item.notes == "Ahmed shows his case")
    let started = try #require(item.startedAt)
    // The timer started at the m key and ran on through the 22 keys typed after it (and the
    // closing Ctrl-C); the last frame was drawn before that Ctrl-C.
    #expect(loop.state.now.timeIntervalSince(started) == 23 * 30)
    #expect(terminal.lastScreen.contains("▶ 11:00"))
  }
}
