import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("The event loop with a real store")
struct EventLoopTests {
  func makeLoop(_ store: PropertyListStore, _ terminal: ScriptedTerminal) -> EventLoop {
    let dates = DateText(
      localeIdentifier: "en_GB", timeZone: TimeZone(identifier: "UTC") ?? .current)
    let state = AppState(
      language: .en, dates: dates, now: Date(timeIntervalSince1970: 1_795_262_400), width: 80,
      height: 24, library: Library(summaries: store.summaries))
    return EventLoop(
      state: state, terminal: terminal, runner: EffectRunner(store: store, language: .en),
      clock: { Date(timeIntervalSince1970: 1_795_348_800) })
  }

  @Test func keysTypedInTheProgramAreOnDiskWhenItEnds() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let terminal = ScriptedTerminal(
      [.input(.key(.character("a")))] + ScriptedTerminal.typing("VLG Frans")
        + [
          .input(.key(.control("s"))), .input(.key(.enter)), .input(.key(.tab)),
          .input(.key(.character("a"))),
        ]
        + ScriptedTerminal.typing("Zoë") + [
          .input(.key(.control("s"))), .input(.key(.control("c"))),
        ])
    let loop = makeLoop(store, terminal)
    loop.run()
    #expect(loop.state.isQuitting)
    #expect(loop.signal == nil)

    // A fresh store on the same folder, as the next start of the program would open it.
    let reopened = try PropertyListStore(directory: folder.url.appendingPathComponent("."))
    #expect(reopened.isReadOnly)  // the first one still holds the lock
    let summary = try #require(reopened.summaries.first)
    #expect(summary.name == "VLG Frans")
    #expect(try reopened.community(summary.id).members.map(\.name) == ["Zoë"])
    #expect(terminal.frames.contains { $0.canvas.text.contains("Zoë") })
  }

  @Test func aSignalEndsTheLoopWithEverythingSaved() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let terminal = ScriptedTerminal(
      [.input(.key(.character("a")))] + ScriptedTerminal.typing("Saved before SIGTERM")
        + [.input(.key(.control("s"))), .signal(15), .input(.key(.character("a")))])
    let loop = makeLoop(store, terminal)
    loop.run()
    #expect(loop.signal == 15)
    #expect(store.summaries.map(\.name) == ["Saved before SIGTERM"])
    let data = try Data(contentsOf: folder.url.appendingPathComponent("store.plist"))
    #expect(String(decoding: data, as: UTF8.self).contains("Saved before SIGTERM"))
  }

  @Test func aTickMovesTheClockAndAResizeTheLayout() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let terminal = ScriptedTerminal([.timeout, .input(.resize(width: 120, height: 40))])
    let loop = makeLoop(store, terminal)
    loop.run()
    #expect(loop.state.today == CalendarDay(iso: "2026-11-22"))
    #expect(terminal.frames.last?.canvas.width == 120)
    #expect(terminal.lastScreen.contains("Sun 22 Nov 2026"))
  }

  @Test func aSaveThatFailsIsShownAndTheChangeStaysOnScreen() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    // Make the communities folder impossible to write into by putting a file in its place.
    let communities = folder.url.appendingPathComponent("communities")
    try FileManager.default.removeItem(at: communities)
    try Data().write(to: communities)
    let terminal = ScriptedTerminal(
      [.input(.key(.character("a")))] + ScriptedTerminal.typing("Unsaved")
        + [
          .input(.key(.control("s"))), .timeout, .input(.key(.control("c"))),
          .input(.key(.character("n"))),
        ])
    let loop = makeLoop(store, terminal)
    loop.run()
    #expect(terminal.frames.contains { $0.canvas.text.contains("✗ not saved") })
    #expect(
      terminal.frames.contains {
        $0.canvas.text.contains("Some changes could not be saved. Quit anyway?")
      })
    #expect(loop.state.library.summaries.map(\.name) == ["Unsaved"])
  }
}
