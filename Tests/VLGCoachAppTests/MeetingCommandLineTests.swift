import ArgumentParser
import CoachCore
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("The meeting, agreement and export commands' options and texts")
struct MeetingCommandLineTests {
  @Test func everyNewCommandTakesTheSharedCommunityOption() throws {
    let add = try VLGCoachCommand.parseAsRoot([
      "meeting", "add", "--community", "A", "--date", "2099-01-01",
    ])
    #expect((add as? MeetingCommand.Add)?.scope.community == "A")
    let close = try VLGCoachCommand.parseAsRoot([
      "agreement", "close", "A3", "--status", "done", "--community", "B",
    ])
    #expect((close as? AgreementCommand.Close)?.scope.community == "B")
    let list = try VLGCoachCommand.parseAsRoot(["agreement", "list"])
    #expect((list as? AgreementCommand.List)?.scope.community == nil)
    let minutes = try VLGCoachCommand.parseAsRoot([
      "export", "minutes", "--community", "C", "--meeting", "2", "-o", "m.md",
    ])
    #expect((minutes as? ExportCommand.Minutes)?.destination.output == "m.md")
    for command in [
      ["meeting", "add", "--date", "2099-01-01"], ["meeting", "list"],
      ["agreement", "close", "1", "--status", "done"], ["export", "calendar"],
    ] {
      #expect(throws: (any Error).self) { try VLGCoachCommand.parseAsRoot(command) }
    }
  }

  @Test func namesAreSplitOnCommasAndTrimmed() {
    #expect(
      CommandInput.names(["Zoë, Jan de", " ,Els ", "Rik"]) == ["Zoë", "Jan de", "Els", "Rik"])
    #expect(CommandInput.names([" , "]).isEmpty)
  }

  @Test func anAgreementIsNamedByNumberWithOrWithoutAOrByID() throws {
    var community = Community(
      name: "VLG", phase: .discussAndDevelop, since: try #require(CalendarDay(iso: "2024-01-01")),
      members: [Member(name: "Zoë")], created: Date(timeIntervalSince1970: 0))
    let meeting = community.addMeeting(
      on: try #require(CalendarDay(iso: "2024-01-10")), language: .en)
    let made = try community.addAgreement(
      kind: .finish, text: "x", owners: community.members.map(\.id), madeIn: meeting.id)
    for reference in ["1", "A1", "a1", " 1 ", made.id.uuidString, made.id.uuidString.lowercased()] {
      #expect(try community.agreement(reference: reference).id == made.id, "\(reference)")
    }
    for reference in ["2", "B1", "A", ""] {
      #expect(throws: CoachError.noSuchAgreement(reference)) {
        try community.agreement(reference: reference)
      }
    }
  }

  @Test func everyCLIErrorHasASentenceInBothLanguages() {
    let errors: [CLIError] = [
      .notAMeetingNumber("x"), .unknownAgreementKind("x"), .unknownStatus("x"),
      .conflictingAttendance(member: "Zoë", .present, .absent), .noAttendanceGiven,
      .folderMissing("/x"), .cannotWrite("/x", reason: "r"),
    ]
    for error in errors {
      let english = ErrorSentence.text(for: error, in: .en)
      let dutch = ErrorSentence.text(for: error, in: .nl)
      #expect(!english.isEmpty && !dutch.isEmpty && english != dutch, "\(error)")
      #expect(english.hasSuffix(".") || english.contains("vlgcoach meeting list"))
    }
  }
}
