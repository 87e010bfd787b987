import Foundation
import Testing

@testable import CoachCore

/// The export fixture (`ExportFixture`) grown into a community the report, the dossier and
/// the hand-over have something to say about: attendance at every meeting, a fourth meeting
/// planned, two themes (one under the 4–6 advice, one with output ready), commitment days,
/// a move to phase 5, and a notebook of private notes that carry `marker`.
///
/// Every text a person would type passes through `text`, like in `ExportFixture`.
enum DocumentFixture {
  /// In every private note and nowhere else: a document that holds it shows private notes.
  static let marker = "PRIVATE-MARKER-q7Zx"
  static let fourthMeeting = fixedID(14)
  static let today = ExportFixture.today
  static let school = "KOGEKA Geel"

  static func community(
    _ language: Language, text: @escaping (String) -> String = { $0 }
  ) throws -> Community {
    func t(_ nl: String, _ en: String) -> String { text(language == .nl ? nl : en) }
    var community = try ExportFixture.community(language, text: text)
    let ids = community.members.map(\.id)
    let (zoe, elise, jan, ann, bram, sebastien, lotte) = (
      ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6]
    )
    let meetings = ExportFixture.meetingIDs
    for (member, attendance) in [
      (zoe, Attendance.present), (elise, .present), (jan, .present), (ann, .present),
      (bram, .present), (sebastien, .late), (lotte, .absent),
    ] {
      community.setAttendance(attendance, of: member, at: meetings[0])
    }
    for (member, attendance) in [
      (zoe, Attendance.present), (elise, .present), (jan, .absent), (ann, .present),
      (bram, .excused), (sebastien, .late),
    ] {
      community.setAttendance(attendance, of: member, at: meetings[1])
    }
    community.meetings.append(
      Meeting(
        id: fourthMeeting, day: try day("2027-01-12"), time: TimeOfDay(hour: 14, minute: 0),
        place: text("Sint-Victor Turnhout"), phase: .discussAndDevelop))
    for (index, member) in [zoe, elise, jan, ann].enumerated() {
      community.members[ids.firstIndex(of: member) ?? 0].committedOn = try day(
        "2026-09-1\(index)")
    }
    community.members[6].participationSince = try day("2026-10-20")
    // Set directly, not through addTheme: hostile text makes both titles the same, and the
    // structure tests want the raw text, not the cleaned one.
    community.themes = [
      WorkTheme(
        id: fixedID(601), title: t("Formatief evalueren", "Formative assessment"),
        description: t(
          "Rubrics en feedback in het 5de jaar.\n\nWe starten bij de eindopdracht.",
          "Rubrics and feedback in year 5.\n\nWe start from the final task."),
        members: [ann, elise, jan]),
      WorkTheme(
        id: fixedID(602), title: t("Casusonderwijs", "Case-based teaching"),
        description: t("Een casus per hoofdstuk.", "A case per chapter."),
        members: [zoe, jan, sebastien, bram], status: .outputReady,
        subgroups: [
          ThemeSubgroup(id: fixedID(611), name: t("Vijfde jaar", "Year five"), members: [zoe, jan])
        ],
        outputs: [
          ThemeOutput(
            id: fixedID(621), title: t("Casusbundel KMO", "SME case book"),
            madeOn: try day("2026-11-02"), triedInClassOn: try day("2026-11-18"),
            note: t("Werkte goed in duo's.", "Worked well in pairs.")),
          ThemeOutput(
            id: fixedID(622), title: t("Beoordelingsrooster", "Marking grid"),
            madeOn: try day("2026-12-01")),
        ],
        moments: [
          ThemeMoment(
            id: fixedID(631), kind: .showcase, day: try day("2027-02-10"),
            note: t("Voor de directies en de vakgroepen", "For the school leaders and departments")),
          ThemeMoment(id: fixedID(632), kind: .exchange, day: try day("2026-11-25")),
        ]),
    ]
    community.members[6].participationReason = t("Andere opdracht", "Another assignment")
    try community.setInternalCoach(jan)
    try community.move(
      to: .stableWithOutput, on: try day("2026-12-15"),
      note: t("Eerste materiaal in de klas gebruikt.", "First material used in class."))
    return community
  }

  /// Two notes with `marker`: one about Élise, one about the whole group in meeting 3.
  static func notebook(_ community: Community) throws -> CoachNotebook {
    var notebook = CoachNotebook(communityID: community.id)
    let elise = community.members[1].id
    try notebook.add(
      "Élise trekt de groep maar neemt veel ruimte. " + marker, about: [elise],
      tags: [.driver, .tension], day: try day("2026-11-10"), in: community, id: fixedID(701))
    try notebook.add(
      "Doorbraak bij de rubric. " + marker, tags: [.breakthrough], day: try day("2026-12-08"),
      meetingID: ExportFixture.thirdMeeting, in: community, id: fixedID(702))
    return notebook
  }
}
