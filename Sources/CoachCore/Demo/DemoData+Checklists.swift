import Foundation

extension DemoData {
  /// The meeting evaluation after each of the two meetings held, answered by a few teachers
  /// (not all), with one short text: the coach's results screen has something to show.
  static func addChecklistAnswers(to community: inout Community, now: Date) {
    let held = community.meetingsInOrder.prefix(2)
    guard held.count == 2 else { return }
    let people = Dictionary(uniqueKeysWithValues: community.members.map { ($0.name, $0.id) })
    let evaluation = ChecklistTemplate.meetingEvaluation
    let rounds: [(Meeting, [(String, Int, Int, Int, Bool, String?)])] = [
      (
        held[held.startIndex],
        [
          ("Zoë Dëmeester", 4, 3, 3, true, nil), ("Jan de Vries", 3, 4, 2, false, nil),
          ("Ahmed El Amrani", 4, 2, 3, true, nil),
        ]
      ),
      (
        held[held.startIndex + 1],
        [
          ("Zoë Dëmeester", 5, 4, 4, true, nil), ("Jan de Vries", 4, 4, 3, true, nil),
          ("Els Peeters", 4, 5, 4, true, "Meer tijd voor de casus"),
          ("Marie Claes", 3, 3, 4, false, nil),
        ]
      ),
    ]
    for (meeting, answers) in rounds {
      for (name, learned, room, time, nextStep, better) in answers {
        guard let member = people[name] else { continue }
        var given: [String: ChecklistAnswer] = [
          "learned": .scale(learned), "room-to-speak": .scale(room), "time-used": .scale(time),
          "next-step": nextStep ? .yes : .no,
        ]
        if let better { given["better"] = .text(better) }
        _ = try? community.submitChecklist(
          evaluation, meetingID: meeting.id, day: meeting.day, anonymous: false,
          memberID: member, answers: given, at: now)
      }
    }
  }
}
