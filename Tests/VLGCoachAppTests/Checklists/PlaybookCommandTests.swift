import CoachCore
import Foundation
import Testing

@testable import VLGCoachApp

/// `checklist copy|edit` and `protocol list|copy|edit` on a temporary store, and the own
/// checklists where the catalog is used (`checklist list`, the kiosk's setup).
@Suite("The playbook commands")
struct PlaybookCommandTests {
  static func run(_ folder: TemporaryFolder, _ arguments: [String], language: String = "en")
    throws -> CommandResult
  {
    try CommandRunner.run(arguments + ["--store", folder.path, "--lang", language])
  }

  static func copied() throws -> TemporaryFolder {
    let folder = try ChecklistCommandTests.seeded()
    let copy = try run(
      folder,
      ["checklist", "copy", "meeting evaluation", "--id", "kort", "--title", "Korte evaluatie"])
    #expect(copy.status == 0, "\(copy.stderr)")
    return folder
  }

  @Test func aCopiedChecklistIsListedAndEveryEditIsItsNextVersion() throws {
    let folder = try Self.copied()
    let list = try Self.run(folder, ["checklist", "list"])
    #expect(list.stdout.contains("kort · Korte evaluatie · version 1 · 5 questions"))
    let added = try Self.run(
      folder,
      ["checklist", "edit", "kort", "--add", "Was there coffee?", "--kind", "yesno", "--at", "1"])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(
      added.stdout.hasPrefix(
        "kort · Korte evaluatie · version 2 · 6 questions\n  1. Was there coffee? (yes/no)\n"))
    let moved = try Self.run(folder, ["checklist", "edit", "kort", "--move", "1", "--to", "6"])
    #expect(moved.stdout.contains("version 3"))
    #expect(moved.stdout.hasSuffix("6. Was there coffee? (yes/no)\n"))
    let texted = try Self.run(
      folder, ["checklist", "edit", "kort", "--text", "6", "Coffee?", "--remove", "1"])
    #expect(texted.status == 0, "\(texted.stderr)")
    #expect(texted.stdout.contains("version 4 · 5 questions"))
    #expect(texted.stdout.contains("5. Coffee? (yes/no)"))
    let listed = try Self.run(folder, ["checklist", "list"])
    #expect(listed.stdout.contains("kort · Korte evaluatie · version 4 · 5 questions"))
  }

  @Test func builtinsAreCopiedNotEditedAndMistakesAreSaid() throws {
    let folder = try Self.copied()
    let builtin = try Self.run(folder, ["checklist", "edit", "conditions", "--remove", "1"])
    #expect(builtin.status == 1)
    #expect(builtin.stderr.contains("comes with vlgcoach and cannot be changed; copy it first"))
    let dutch = try Self.run(
      folder, ["checklist", "edit", "conditions", "--remove", "1"], language: "nl")
    #expect(
      dutch.stderr.contains(
        "“Voorwaarden voor onze leergemeenschap” hoort bij vlgcoach en kan niet gewijzigd worden"))
    let taken = try Self.run(
      folder, ["checklist", "copy", "conditions", "--id", "kort", "--title", "X"])
    #expect(taken.stderr.contains("The id “kort” is already in use."))
    let kind = try Self.run(
      folder, ["checklist", "edit", "kort", "--add", "X", "--kind", "colour"])
    #expect(kind.stderr.contains("“colour” is no kind of question"))
    let number = try Self.run(folder, ["checklist", "edit", "kort", "--remove", "9"])
    #expect(number.stderr.contains("There is no question 9; choose 1 to 5."))
    let nothing = try Self.run(folder, ["checklist", "edit", "kort"])
    #expect(nothing.status == 1)
    #expect(
      try Self.run(folder, ["checklist", "list"]).stdout.contains(
        "kort · Korte evaluatie · version 1"))
  }

  @Test func protocolsAreListedCopiedAndChanged() throws {
    let folder = try TemporaryFolder()
    let list = try Self.run(folder, ["protocol", "list"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.hasPrefix("tuning · Tuning protocol · 45 min · 6 steps\n"))
    let copy = try Self.run(
      folder, ["protocol", "copy", "debrief", "--id", "kort", "--name", "Short debrief"])
    #expect(copy.status == 0, "\(copy.stderr)")
    let minutes = try Self.run(
      folder, ["protocol", "edit", "kort", "--step", "1", "--minutes", "6"])
    #expect(minutes.stdout.contains("1. What did we learn? · everyone · 6 min"))
    let added = try Self.run(
      folder,
      [
        "protocol", "edit", "short debrief", "--add-step", "Coffee", "--minutes", "5", "--who",
        "the host",
      ])
    #expect(added.stdout.contains("4. Coffee · the host · 5 min"))
    let removed = try Self.run(folder, ["protocol", "edit", "kort", "--remove-step", "2"])
    #expect(removed.stdout.hasPrefix("kort · Short debrief · 13 min · 3 steps · own\n"))
    let titled = try Self.run(
      folder, ["protocol", "edit", "kort", "--step", "2", "--title", "Needs"])
    #expect(titled.stdout.contains("2. Needs · everyone · 2 min"))
    #expect(
      try Self.run(folder, ["protocol", "list"]).stdout.contains(
        "kort · Short debrief · 13 min · 3 steps · own"))
    let builtin = try Self.run(
      folder, ["protocol", "edit", "tuning", "--step", "1", "--minutes", "3"])
    #expect(builtin.stderr.contains("“Tuning protocol” comes with vlgcoach"))
    let tooLong = try Self.run(
      folder, ["protocol", "edit", "kort", "--step", "1", "--minutes", "300"])
    #expect(tooLong.stderr.contains("300 minutes will not do"))
  }

  @Test func aDamagedPlaybookIsSaidAndNotOverwritten() throws {
    let folder = try TemporaryFolder()
    _ = try Self.run(folder, ["protocol", "copy", "debrief", "--id", "kort", "--name", "Kort"])
    let url = folder.url.appendingPathComponent(PlaybookFile.fileName)
    try Data("<plist><dict>".utf8).write(to: url)
    let list = try Self.run(folder, ["checklist", "list"])
    #expect(list.status == 0)
    #expect(list.stderr.contains("playbook.plist is damaged"))
    let edit = try Self.run(folder, ["protocol", "copy", "tuning", "--id", "x", "--name", "X"])
    #expect(edit.status == 1)
    #expect(try Data(contentsOf: url) == Data("<plist><dict>".utf8))
  }

  @Test func theKioskFindsAnOwnChecklist() throws {
    let folder = try Self.copied()
    let store = try PropertyListStore(directory: folder.url)
    let setup = try KioskSetup(
      KioskStart(community: "kempen", checklist: "korte evaluatie", anonymous: false),
      store: store, language: .en)
    #expect(setup.template.id == "kort")
  }
}

extension PlaybookCommandTests {
  /// Answers given to an own checklist are found by its id and title, before and after an edit.
  @Test func resultsOfAnOwnChecklistKeepTheQuestionsTheyWereGivenTo() throws {
    let folder = try Self.copied()
    // In its own scope: the store's lock goes with it, before the commands run.
    do {
      let store = try PropertyListStore(directory: folder.url)
      let own = try #require(try store.readPlaybook().checklists.first)
      let summary = try #require(store.summaries.first)
      var community = try store.community(summary.id)
      let day = try #require(CalendarDay(iso: "2026-04-01"))
      try community.submitChecklist(
        own, meetingID: nil, day: day, anonymous: true, memberID: community.members[0].id,
        answers: ["learned": .scale(5)], at: Date())
      try store.save(community)
    }
    _ = try Self.run(folder, ["checklist", "edit", "kort", "--text", "1", "Nieuwe eerste vraag"])
    let results = try Self.run(
      folder, ["checklist", "results", "--community", "kempen", "--checklist", "korte evaluatie"])
    #expect(results.status == 0, "\(results.stderr)")
    #expect(results.stdout.contains("I learned something I can use in class."))
    #expect(!results.stdout.contains("Nieuwe eerste vraag"))
  }
}
