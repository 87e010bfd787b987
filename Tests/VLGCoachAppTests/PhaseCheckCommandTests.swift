import CoachCore
import Foundation
import Testing

/// `vlgcoach phase check`: the readiness check of the phase guide, with an exit code for
/// scripts, and `phase set` moving against it: a warning, and the signals in the history.
@Suite("vlgcoach phase check, and phase set against readiness")
struct PhaseCheckCommandTests {
  /// One community, “VLG Test”, in `phase`, with the members given (name, school, role).
  func store(phase: Int = 1, members: [[String]] = [["An", "KA Geel", "teacher"]]) throws
    -> TemporaryFolder
  {
    let folder = try TemporaryFolder()
    _ = try CommandRunner.run(["community", "add", "VLG Test", "--store", folder.path])
    for member in members {
      _ = try CommandRunner.run([
        "member", "add", "--community", "VLG", member[0], "--school", member[1], "--role",
        member[2], "--store", folder.path,
      ])
    }
    if phase > 1 {
      _ = try CommandRunner.run([
        "phase", "set", "--community", "VLG", String(phase), "--date", "2099-01-10", "--store",
        folder.path,
      ])
    }
    return folder
  }

  /// The community as the store holds it (the store is closed again afterwards).
  func stored(_ folder: TemporaryFolder) throws -> Community {
    let store = try PropertyListStore(directory: folder.url)
    let summary = try #require(store.summaries.first)
    return try store.community(summary.id)
  }

  func check(_ folder: TemporaryFolder, _ arguments: [String] = []) throws -> CommandResult {
    try CommandRunner.run(
      ["phase", "check", "--community", "VLG"] + arguments + ["--store", folder.path])
  }

  @Test func openItemsAndSignalsAreListedAndExitOne() throws {
    let folder = try store(phase: 2)
    let result = try check(folder)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      result.stdout == """
        VLG Test: from phase 2 to phase 3 (Choose themes and organise)
        Still open on the checklist of phase 2:
          ○ Every teacher reached [2.reached]
          ○ Every teacher's commitment recorded — not yet for An
        Signals against the move:
          ⚠ No commitment recorded for An.
          ⚠ No meeting has been held yet.
        Not ready: 4 things speak against it. This is advice; you decide (phase set moves\
         anyway; --note says why).

        """)
  }

  @Test func nothingAgainstItIsReadyAndExitsZero() throws {
    let folder = try store(members: [
      ["An", "KA Geel", "teacher"], ["Bert", "KA Geel", "leader"], ["Carla", "", "adviser"],
    ])
    // The one item only the coach can tick, ticked as the screen's checklist does.
    do {
      let store = try PropertyListStore(directory: folder.url)
      var community = try store.community(try #require(store.summaries.first).id)
      let item = try #require(
        PlaybookItem.items(of: .engageSchoolLeaders).first { $0.id == "1.time" })
      community.setTick(
        ChecklistTick(day: try #require(CalendarDay(iso: "2024-01-05")), remark: ""), on: item)
      try store.save(community)
    }
    let result = try check(folder, ["--lang", "nl"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stdout == """
        VLG Test: van fase 1 naar fase 2 (Opstart met leraren: motiveren tot opstart)
        De checklist van fase 1 is af. Niets in de gegevens spreekt ertegen.
        Klaar.

        """)
    let json = try check(folder, ["--json"])
    #expect(json.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["ready"] as? Bool == true)
    #expect(object["target"] as? Int == 2)
  }

  @Test func theLastPhaseHasNoNextOne() throws {
    let folder = try store(phase: 5)
    for arguments in [[], ["--phase", "5"]] {
      let result = try check(folder, arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stdout == "VLG Test is in phase 5, the last: there is no next phase.\n")
    }
    let json = try check(folder, ["--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["target"] is NSNull)
    #expect(object["ready"] as? Bool == true)
  }

  @Test func aPhaseFurtherOnListsTheSkippedChecklistsAndTheJSONNamesEverything() throws {
    let folder = try store()
    let result = try check(folder, ["--phase", "3"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("Still open on the checklist of phase 1:"))
    #expect(result.stdout.contains("Still open on the checklist of phase 2:"))
    let json = try check(folder, ["--phase", "3", "--json"])
    #expect(json.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["phase"] as? Int == 1)
    #expect(object["target"] as? Int == 3)
    #expect(object["ready"] as? Bool == false)
    let items = try #require(object["openItems"] as? [[String: Any]])
    #expect(
      items.map { $0["id"] as? String } == [
        "1.leaders", "1.time", "1.advisers", "2.reached", "2.commitment",
      ])
    #expect(items[1]["missing"] is NSNull)
    #expect(items[4]["missing"] as? String == "not yet for An")
    let signals = try #require(object["signals"] as? [[String: Any]])
    #expect(signals.map { $0["kind"] as? String } == ["without-commitment", "no-recent-meeting"])
  }

  @Test func backwardsTheSamePhaseAndNoPhase() throws {
    let folder = try store(phase: 3)
    let back = try check(folder, ["--phase", "1"])
    #expect(back.status == 0)
    #expect(back.stdout == "Phase 1 comes before phase 3: going back needs no check.\n")
    for (arguments, message) in [
      (["--phase", "3"], "already in phase 3"), (["--phase", "7"], "“7” is not a phase"),
    ] {
      let result = try check(folder, arguments)
      #expect(result.status == 1)
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
  }

  @Test func phaseSetAgainstSignalsWarnsMovesAndRecordsThem() throws {
    let folder = try store(phase: 2)
    let move = try CommandRunner.run([
      "phase", "set", "--community", "VLG", "3", "--date", "2099-02-01", "--note",
      "de scholen dringen aan", "--lang", "nl", "--store", folder.path,
    ])
    #expect(move.status == 0, "\(move.stderr)")
    #expect(move.stdout == "VLG Test zit nu in fase 3 (sinds 2099-02-01).\n")
    #expect(
      move.stderr == """
        vlgcoach: ⚠ 2 signalen spreken ertegen; jij beslist, dus de overgang gebeurt en de\
         notitie in de geschiedenis noemt ze:
          ⚠ Geen engagement genoteerd voor An.
          ⚠ Er is nog geen bijeenkomst gehouden.

        """)
    let community = try stored(folder)
    #expect(community.phase == .chooseThemes)
    #expect(
      community.phaseHistory.last?.note
        == "Ondanks 2 signalen (geen engagement: An; nog geen bijeenkomst): de scholen dringen aan")
    // Going back: no signals, the note as given.
    let back = try CommandRunner.run([
      "phase", "set", "--community", "VLG", "2", "--date", "2099-03-01", "--note", "te vroeg",
      "--store", folder.path,
    ])
    #expect(back.status == 0)
    #expect(back.stderr.isEmpty)
    #expect(try stored(folder).phaseHistory.last?.note == "te vroeg")
  }
}
