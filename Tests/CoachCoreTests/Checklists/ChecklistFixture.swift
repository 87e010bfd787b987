import Foundation
import Testing

@testable import CoachCore

/// The export fixture with teachers' answers: the meeting evaluation after the first two
/// meetings (with names, not everyone), and the conditions once, anonymously, between
/// meetings. Short texts pass through `text`, like every typed text in `ExportFixture`.
enum ChecklistFixture {
  static let textNL = "Meer tijd voor de casus"
  static let textEN = "More time for the case"

  static func community(
    _ language: Language, text: @escaping (String) -> String = { $0 },
    template: ChecklistTemplate = .meetingEvaluation
  ) throws -> Community {
    var community = try ExportFixture.community(language, text: text)
    let ids = community.members.map(\.id)
    let (zoe, elise, jan, ann, sebastien) = (ids[0], ids[1], ids[2], ids[3], ids[5])
    let meetings = community.meetingsInOrder
    let better = text(language == .nl ? textNL : textEN)
    let rounds: [(Meeting, [(UUID, Int, Int, Bool, String?)])] = [
      (
        meetings[0], [(zoe, 4, 3, true, better), (elise, 5, 4, true, nil), (jan, 3, 3, false, nil)]
      ),
      (
        meetings[1],
        [(zoe, 5, 4, true, nil), (jan, 4, 4, true, text("Koffie")), (ann, 4, 5, true, nil)]
      ),
    ]
    for (meeting, answers) in rounds {
      for (member, learned, room, next, text) in answers {
        var given: [String: ChecklistAnswer] = [
          "learned": .scale(learned), "room-to-speak": .scale(room),
          "next-step": next ? .yes : .no,
        ]
        if let text { given["better"] = .text(text) }
        try community.submitChecklist(
          template, meetingID: meeting.id, day: meeting.day, anonymous: false, memberID: member,
          answers: given, at: Fixture.now)
      }
    }
    let day = try #require(CalendarDay(iso: "2026-11-20"))
    for (member, freed, safe) in [(elise, true, 4), (sebastien, false, 2)] {
      try community.submitChecklist(
        .conditions, meetingID: nil, day: day, anonymous: true, memberID: member,
        answers: ["time-freed": freed ? .yes : .no, "safe": .scale(safe)], at: Fixture.now)
    }
    return community
  }
}
