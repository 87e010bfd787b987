import Foundation
import Testing

@testable import CoachCore

/// A realistic community for the export tests: phase 4, members with accents, three meetings;
/// meeting 3 (2026-12-08 14:00) reviews three agreements of the three kinds (done, partly,
/// dropped) and one never looked at, and makes three new ones. Agreement 8, made in meeting
/// 2, was closed between meetings 2 and 3.
///
/// Every text a person would type passes through `text`, in its Dutch or English version:
/// the structure tests replace them all with harmless or hostile text.
enum ExportFixture {
  static let communityID = fixedID(1)
  static let meetingIDs = [fixedID(11), fixedID(12), fixedID(13)]
  static var thirdMeeting: UUID { meetingIDs[2] }
  /// The day the minutes are rendered: after meeting 3.
  static let today = CalendarDay(year: 2026, month: 12, day: 20)

  static func community(
    _ language: Language, text: (String) -> String = { $0 }
  ) throws -> Community {
    func t(_ nl: String, _ en: String) -> String { text(language == .nl ? nl : en) }
    let people: [(name: String, school: String, participation: Participation)] = [
      ("Zoë Vermeulen", "Sint-Victor Turnhout", .active),
      ("Élise Dubois", "Heilig Graf Turnhout", .active),
      ("Jan Peeters", "KOGEKA Geel", .active),
      ("Ann Janssens", "Sint-Jozefscollege Herentals", .active),
      ("Bram De Smet", "KOGEKA Geel", .different),
      ("Sébastien Claes", "Sint-Victor Turnhout", .active),
      ("Lotte Wouters", "Heilig Graf Turnhout", .stopped),
    ]
    let members = people.enumerated().map { index, person in
      Member(
        id: fixedID(100 + index), name: text(person.name), school: text(person.school),
        participation: person.participation)
    }
    let ids = members.map(\.id)
    let (zoe, elise, jan, ann, bram, sebastien) = (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5])
    var community = Community(
      id: communityID, name: text("VLG Handel Kempen"), subject: "Handel",
      phase: .discussAndDevelop, since: try day("2026-09-01"), members: members,
      created: Fixture.now)

    let first = Meeting(
      id: meetingIDs[0], day: try day("2026-10-06"), time: TimeOfDay(hour: 14, minute: 0),
      place: text("KOGEKA Geel"), phase: .discussAndDevelop,
      agenda: agenda(language, from: 200))
    let second = Meeting(
      id: meetingIDs[1], day: try day("2026-11-10"), place: text("Heilig Graf Turnhout"),
      phase: .discussAndDevelop, agenda: agenda(language, from: 300))
    var third = Meeting(
      id: meetingIDs[2], day: try day("2026-12-08"), time: TimeOfDay(hour: 14, minute: 0),
      place: t("Campus Zuid, lokaal 2.14", "Campus Zuid, room 2.14"), phase: .discussAndDevelop,
      agenda: agenda(language, from: 400),
      attendance: [ann: .present, elise: .late, jan: .present, zoe: .excused, sebastien: .absent],
      notes: t(
        "Volgende bijeenkomst in januari; de datum prikken we via mail.\n\nKoffie & koeken: KOGEKA.",
        "Next meeting in January; we pick the date by mail.\n\nCoffee & biscuits: KOGEKA."))
    third.agenda[0].presenter = text("Élise Dubois")
    third.agenda[1].notes = t(
      "Drie van de vier afspraken opgevolgd.", "Three of the four agreements followed up.")
    third.agenda[2].presenter = text("Jan Peeters")
    third.agenda[2].notes = t(
      "De casus werkt goed in het 5de jaar.\nHet 6de jaar vindt hem te makkelijk.",
      "The case works well in year 5.\nYear 6 finds it too easy.")
    third.agenda[2].decisions = [
      t(
        "We gebruiken de casus vanaf februari in het 5de jaar.",
        "We use the case in year 5 from February."),
      t("De rubric krijgt een vierde niveau.", "The rubric gets a fourth level."),
    ]
    third.agenda[4].notes = t("Goede sfeer, strak getimed.", "Good atmosphere, well timed.")
    community.meetings = [second, third, first]

    let reviewDay = try day("2026-12-08")
    community.agreements = [
      Agreement(
        id: fixedID(501), number: 1, kind: .discuss,
        text: t(
          "Artikel over formatief evalueren lezen", "Read the article on formative assessment"),
        owners: [ann], madeIn: first.id),
      Agreement(
        id: fixedID(502), number: 2, kind: .finish,
        text: t(
          "Lesvoorbereiding marketingmix afwerken", "Finish the lesson plan on the marketing mix"),
        owners: [zoe, jan], madeIn: second.id,
        reviews: [.init(meetingID: third.id, day: reviewDay, outcome: .done)]),
      Agreement(
        id: fixedID(503), number: 3, kind: .discuss,
        text: t(
          "Casus ‘Bakkerij Peeters’ lezen (p. 12-18)", "Read the case ‘Bakkerij Peeters’ (p. 12-18)"
        ),
        owners: [elise], madeIn: second.id,
        reviews: [
          .init(
            meetingID: third.id, day: reviewDay, outcome: .partly,
            note: t("hoofdstuk 2 nog te lezen", "chapter 2 still to read"))
        ]),
      Agreement(
        id: fixedID(504), number: 4, kind: .provide,
        text: t(
          "Oefenbundel H3 & H4 delen via Smartschool", "Share exercises ch. 3 & 4 on Smartschool"),
        owners: [bram], madeIn: second.id,
        reviews: [
          .init(
            meetingID: third.id, day: reviewDay, outcome: .dropped,
            note: t("bestaat al bij de uitgever", "the publisher has one already"))
        ]),
      Agreement(
        id: fixedID(505), number: 5, kind: .finish,
        text: t("Rubric eindopdracht herwerken", "Rework the rubric of the final task"),
        owners: [jan, zoe], madeIn: third.id),
      Agreement(
        id: fixedID(506), number: 6, kind: .provide,
        text: t("Voorbeeldtaken uit het 6de jaar verzamelen", "Collect sample tasks from year 6"),
        owners: [sebastien], madeIn: third.id, due: .day(try day("2027-01-15"))),
      Agreement(
        id: fixedID(507), number: 7, kind: .discuss,
        text: t("Elkaars rubrics kritisch lezen", "Read each other's rubrics critically"),
        owners: [ann, elise], madeIn: third.id),
      Agreement(
        id: fixedID(508), number: 8, kind: .provide,
        text: t("Toetsmatrijs delen met de groep", "Share the test matrix with the group"),
        owners: [sebastien], madeIn: second.id,
        reviews: [
          .init(
            meetingID: nil, day: try day("2026-11-20"), outcome: .done,
            note: t("gedeeld via Smartschool", "shared on Smartschool"))
        ]),
    ]
    return community
  }

  /// The phase 4 template, with fixed ids from `first` on.
  private static func agenda(_ language: Language, from first: Int) -> [AgendaItem] {
    var next = first
    return AgendaTemplate.items(for: .discussAndDevelop, language: language) {
      defer { next += 1 }
      return fixedID(next)
    }
  }
}

/// A UUID whose last byte is `n % 256` and the byte before it `n / 256`: readable in a test.
func fixedID(_ n: Int) -> UUID {
  UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, UInt8(n / 256 % 256), UInt8(n % 256)))
}
