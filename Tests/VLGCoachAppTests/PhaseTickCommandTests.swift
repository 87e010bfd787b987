import CoachCore
import Foundation
import Testing

/// `vlgcoach phase tick`: the coach's checklist from the command line, as `c` on the guide.
@Suite("vlgcoach phase tick")
struct PhaseTickCommandTests {
  let helper = PhaseCheckCommandTests()

  func tick(_ folder: TemporaryFolder, _ arguments: [String], lang: String = "en") throws
    -> CommandResult
  {
    try CommandRunner.run(
      ["phase", "tick", "--community", "VLG"] + arguments + [
        "--store", folder.path, "--lang", lang,
      ])
  }

  @Test func anItemIsTickedWithItsDayAndRemarkAndTakenBack() throws {
    let folder = try helper.store()
    let ticked = try tick(folder, ["1.time", "--date", "2026-10-02", "--remark", "Vrijdag"])
    #expect(ticked.status == 0, "\(ticked.stderr)")
    #expect(ticked.stdout == "Ticked: A time arrangement agreed per school (2026-10-02).\n")
    let item = try #require(PlaybookItem.all.first { $0.id == "1.time" })
    var community = try helper.stored(folder)
    #expect(
      community.checklistState(of: item)
        == .ticked(
          ChecklistTick(day: try #require(CalendarDay(iso: "2026-10-02")), remark: "Vrijdag")))
    let check = try helper.check(folder)
    #expect(!check.stdout.contains("[1.time]"), "no longer open")
    #expect(check.stdout.contains("[1.advisers]") == false, "the data's items carry no id")

    let back = try tick(folder, ["1.time", "--undo"], lang: "nl")
    #expect(back.status == 0)
    #expect(back.stdout == "Vinkje weggenomen: Per school een tijdsregeling afgesproken.\n")
    community = try helper.stored(folder)
    #expect(community.checklistState(of: item) == .open)
  }

  @Test func unknownItemsAndItemsTheDataAnswerAreRefused() throws {
    let folder = try helper.store()
    let unknown = try tick(folder, ["9.nothing"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("There is no checklist item “9.nothing”"))
    let byData = try tick(folder, ["1.leaders"], lang: "nl")
    #expect(byData.status != 0)
    #expect(byData.stderr.contains("vinkt zichzelf af uit de gegevens"))
    let badDay = try tick(folder, ["1.time", "--date", "morgen"])
    #expect(badDay.status != 0)
    #expect(try helper.stored(folder).checklistTicks.isEmpty, "nothing written")
  }
}
