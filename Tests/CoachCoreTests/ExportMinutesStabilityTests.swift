import Foundation
import Testing

@testable import CoachCore

/// The minutes of a held meeting are a record: whatever happens after the meeting, they
/// read the same, byte for byte.
@Suite("Minutes export: a held meeting's minutes never change")
struct ExportMinutesStabilityTests {
  func minutes(_ community: Community, today: String, language: Language) throws -> String {
    MinutesMarkdown.render(
      community, meeting: ExportFixture.thirdMeeting, language: language, today: try day(today))
  }

  @Test(arguments: Language.allCases)
  func laterMeetingsFollowUpsAndAgreementsLeaveTheMinutesAsTheyWere(_ language: Language) throws {
    var community = try ExportFixture.community(language)
    let before = try minutes(community, today: "2026-12-20", language: language)

    // Plan meeting 4; close agreement 5 between meetings; review 1 and 3 in meeting 4;
    // make a new agreement there; a member stops; and export much later.
    let fourth = community.addMeeting(
      on: try day("2027-01-12"), at: TimeOfDay(hour: 14, minute: 0), place: "Elders",
      language: language)
    let people = community.members.map(\.id)
    try community.review(
      agreement: fixedID(505), outcome: .done, note: "klaar", in: nil, on: try day("2026-12-20"))
    try community.review(
      agreement: fixedID(501), outcome: .dropped, note: "niet meer nodig", in: fourth.id,
      on: try day("2027-01-12"))
    try community.review(
      agreement: fixedID(503), outcome: .done, in: fourth.id, on: try day("2027-01-12"))
    try community.addAgreement(
      kind: .finish, text: "Nieuw", owners: [people[0]], madeIn: fourth.id)
    community.setAttendance(.present, of: people[0], at: fourth.id)
    // Bram (no attendance recorded in meeting 3) stops in January.
    let bram = try #require(community.members.first { $0.name == "Bram De Smet" })
    var stopped = MemberDraft(bram)
    stopped.participation = .stopped
    stopped.participationSince = try day("2027-01-05")
    try community.updateMember(id: bram.id, with: stopped, today: try day("2027-01-05"))

    let after = try minutes(community, today: "2027-03-01", language: language)
    #expect(Data(after.utf8) == Data(before.utf8))
  }

  @Test func theSameChangesDoShowInTheLaterMeetingsMinutes() throws {
    var community = try ExportFixture.community(.en)
    let fourth = community.addMeeting(on: try day("2027-01-12"), language: .en)
    try community.review(
      agreement: fixedID(505), outcome: .done, note: "ready", in: nil, on: try day("2026-12-20"))
    let minutes = MinutesMarkdown.render(
      community, meeting: fourth.id, language: .en, today: try day("2027-01-12"))
    // Agreement 5 was closed between meetings 3 and 4: listed under the review of meeting 4.
    #expect(minutes.contains("### Closed since the previous meeting"))
    #expect(
      minutes.contains(
        "| 5 | (a) finish | Rework the rubric of the final task | Jan Peeters, Zoë Vermeulen"
          + " | done | 20 December 2026 | ready |"))
  }

  @Test func anAttendanceTotalCountsLateAsPresent() throws {
    var community = try makeCommunity("VLG", members: ["An", "Bo", "Cas"])
    let meeting = community.addMeeting(on: try day("2026-10-06"), language: .en)
    let ids = community.members.map(\.id)
    community.setAttendance(.present, of: ids[0], at: meeting.id)
    community.setAttendance(.late, of: ids[1], at: meeting.id)
    community.setAttendance(.absent, of: ids[2], at: meeting.id)
    for (language, sentence) in [
      (Language.en, "2 of 3 present, late arrivals included."),
      (.nl, "2 van 3 aanwezig, wie te laat kwam inbegrepen."),
    ] {
      let markdown = MinutesMarkdown.render(
        community, meeting: meeting.id, language: language, today: try day("2026-10-06"))
      #expect(markdown.contains("\n\n" + sentence + "\n\n"))
    }
  }

  @Test func everyDateHasTheSameWrittenForm() throws {
    let markdown = MinutesMarkdown.render(
      try ExportFixture.community(.nl), meeting: ExportFixture.thirdMeeting, language: .nl,
      today: try day("2026-12-20"))
    // No ISO dates: the title, the due days and the closing day are written the same way.
    #expect(markdown.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil)
    for written in ["8 december 2026", "15 januari 2027", "20 november 2026"] {
      #expect(markdown.contains(written))
    }
  }
}
