import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

/// `.loadAll` with the real store, off the key path: the search and the follow-up get every
/// community, and what is typed meanwhile is saved once the store is the loop's again.
@Suite("Reading every community off the key path")
struct BackgroundLoadTests {
  /// A store with `count` communities, one holding “rubric” in a private note.
  static func seeded(_ count: Int) throws -> (TemporaryFolder, PropertyListStore) {
    let folder = try TemporaryFolder()
    try seed(count, in: folder.url)
    // The program's store, opened afresh: nothing read yet.
    return (folder, try PropertyListStore(directory: folder.url.appendingPathComponent(".")))
  }

  /// The communities, written by a store that is closed again (its lock released).
  static func seed(_ count: Int, in url: URL) throws {
    let store = try PropertyListStore(directory: url)
    let day = try #require(CalendarDay(iso: "2026-02-10"))
    for index in 1...count {
      let community = Community(
        name: "VLG \(index)", since: day, members: [Member(name: "Lid \(index)")],
        created: Date())
      try store.save(community)
      if index == count {
        var notebook = CoachNotebook(communityID: community.id)
        try notebook.add("De rubric ligt gevoelig", day: day, in: community)
        try store.saveNotebook(notebook)
      }
    }
  }

  func makeLoop(_ store: PropertyListStore, _ terminal: ScriptedTerminal) -> EventLoop {
    let dates = DateText(
      localeIdentifier: "en_GB", timeZone: TimeZone(identifier: "UTC") ?? .current)
    let state = AppState(
      language: .en, dates: dates, now: Date(timeIntervalSince1970: 1_795_262_400), width: 80,
      height: 24, library: Library(summaries: store.summaries))
    return EventLoop(
      state: state, terminal: terminal, runner: EffectRunner(store: store, language: .en))
  }

  @Test func theSearchGetsEveryCommunityAndTheNotes() throws {
    let (folder, store) = try Self.seeded(25)
    defer { withExtendedLifetime(folder) {} }
    let loop = makeLoop(store, ScriptedTerminal([]))
    #expect(store.summaries.count == 25)
    loop.dispatch(.key(.character("/")))
    guard case .search = loop.state.route else {
      Issue.record("the search opens at once")
      return
    }
    for character in "rubric" { loop.dispatch(.key(.character(character))) }
    loop.waitForLoading()
    #expect(loop.state.library.loaded.count == 25)
    let text = ScreenRenderer.render(loop.state).canvas.text
    #expect(text.contains("De rubric ligt gevoelig"), "\(text)")
    #expect(text.contains("Group dynamics (private)"))
    #expect(!text.contains("reading"))
  }

  /// `f` opens the follow-up at once and reads the digests off the key path: no community
  /// is decoded into the program, and the digests are kept on disk for the next time.
  @Test func theFollowUpReadsDigestsNotCommunities() throws {
    let (folder, store) = try Self.seeded(5)
    defer { withExtendedLifetime(folder) {} }
    let loop = makeLoop(store, ScriptedTerminal([]))
    loop.dispatch(.key(.character("f")))
    guard case .followUp = loop.state.route else {
      Issue.record("the follow-up opens at once: \(loop.state.route)")
      return
    }
    loop.waitForLoading()
    #expect(loop.state.library.loaded.isEmpty)
    #expect(loop.state.followUpDigests.count == 5)
    #expect(loop.state.library.summaries.allSatisfy { loop.state.followUpDigests[$0.id] != nil })
    let cache = folder.url.appendingPathComponent("cache/follow-up")
    let kept = try FileManager.default.contentsOfDirectory(atPath: cache.path)
    #expect(kept.filter { $0.hasSuffix(".plist") }.count == 5)
  }

  @Test func aChangeMadeWhileReadingIsSavedAndQuittingWaitsForIt() throws {
    let (folder, store) = try Self.seeded(40)
    #expect(!store.isReadOnly)
    let terminal = ScriptedTerminal(
      [.input(.key(.character("/"))), .input(.key(.escape)), .input(.key(.character("a")))]
        + ScriptedTerminal.typing("VLG Typed While Reading")
        + [.input(.key(.control("s"))), .input(.key(.control("c")))])
    // As the program runs: the caches a save leaves are written after the frame.
    store.defersCaches = true
    let loop = makeLoop(store, terminal)
    loop.run()
    #expect(loop.state.isQuitting)
    let reopened = try PropertyListStore(
      directory: folder.url.appendingPathComponent("."), purpose: .reading)
    #expect(reopened.summaries.contains { $0.name == "VLG Typed While Reading" })
    #expect(reopened.summaries.count == 41)
    // The index was written too: the next start needs no file read again.
    #expect(reopened.problems.isEmpty)
  }

  @Test func aSignalWhileReadingStopsTheReadingAndSavesWhatWasTyped() throws {
    let (folder, store) = try Self.seeded(40)
    let terminal = ScriptedTerminal(
      [.input(.key(.character("/"))), .input(.key(.escape)), .input(.key(.character("a")))]
        + ScriptedTerminal.typing("VLG Signalled") + [.signal(15)])
    let loop = makeLoop(store, terminal)
    loop.run()
    #expect(loop.signal == 15)
    let reopened = try PropertyListStore(
      directory: folder.url.appendingPathComponent("."), purpose: .reading)
    #expect(reopened.summaries.contains { $0.name == "VLG Signalled" })
  }
}
