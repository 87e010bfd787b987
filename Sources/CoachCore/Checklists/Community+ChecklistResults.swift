import Foundation

/// The results of the teachers' checklists, for the coach's screen, the CLI and the export.
extension Community {
  /// Who fills in checklists: the teachers still taking part, by name.
  public var checklistRespondents: [Member] {
    members.filter { $0.role == .teacher && $0.isActive }
      .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
  }

  public func checklistResult(of round: ChecklistRound) -> ChecklistRoundResult {
    let items = round.template.questions.map { question in
      ChecklistItemResult(
        question: question, answers: round.responses.compactMap { $0.answers[question.id] })
    }
    let answered = round.respondents
    return ChecklistRoundResult(
      round: round, items: items,
      notAnswered: round.anonymous
        ? nil : checklistRespondents.filter { !answered.contains($0.id) })
  }

  /// The rounds of a checklist (any version), oldest first; for one meeting when given.
  public func checklistRounds(templateID: String? = nil, meetingID: UUID? = nil)
    -> [ChecklistRound]
  {
    checklistRounds.enumerated()
      .filter { templateID == nil || $0.element.template.id == templateID }
      .filter { meetingID == nil || $0.element.meetingID == meetingID }
      .sorted {
        $0.element.day == $1.element.day ? $0.offset < $1.offset : $0.element.day < $1.element.day
      }
      .map(\.element)
  }

  /// Each question of the newest version of the checklist over all its rounds; short-text
  /// questions have no figure to follow and are left out.
  public func checklistTrend(templateID: String) -> [ChecklistTrend] {
    let rounds = checklistRounds(templateID: templateID)
    guard let newest = rounds.max(by: { $0.template.version < $1.template.version }) else {
      return []
    }
    return newest.template.questions.filter { $0.answer != .shortText }.map { question in
      ChecklistTrend(
        question: question,
        points: rounds.map { round in
          let value =
            round.template.question(withID: question.id)?.answer == question.answer
            ? checklistResult(of: round).items.first { $0.question.id == question.id }?.mean
            : nil
          return ChecklistTrend.Point(roundID: round.id, day: round.day, value: value)
        })
    }
  }
}
