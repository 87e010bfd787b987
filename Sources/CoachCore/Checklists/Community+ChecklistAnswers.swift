import Foundation

/// Answers to the teachers' checklists: one rule for the kiosk, the CLI and the tests.
extension Community {
  /// The round that answers for `template` on `day` belong to, if one was started.
  public func checklistRound(
    for template: ChecklistTemplate, meetingID: UUID?, day: CalendarDay, anonymous: Bool
  ) -> ChecklistRound? {
    checklistRounds.last {
      $0.takes(template, meetingID: meetingID, day: day, anonymous: anonymous)
    }
  }

  /// Records what a teacher submitted, in the round of this template, meeting and day (made
  /// on the first answer). A teacher who answers again replaces their earlier answers; in an
  /// anonymous round no name is kept. Texts are cleaned; an answer that does not fit its
  /// question is refused, as is a submission without any answer.
  @discardableResult
  public mutating func submitChecklist(
    _ template: ChecklistTemplate, meetingID: UUID?, day: CalendarDay, anonymous: Bool,
    memberID: UUID, answers: [String: ChecklistAnswer], at instant: Date
  ) throws -> UUID {
    guard let member = member(withID: memberID) else {
      throw CoachError.unknownMember(memberID.uuidString, community: name)
    }
    guard member.isActive else { throw ChecklistError.notTakingPart(member.name) }
    let cleaned = try Self.cleaned(answers, for: template)
    guard !cleaned.isEmpty else { throw ChecklistError.nothingAnswered }
    let response = ChecklistResponse(
      memberID: anonymous ? nil : memberID, submitted: instant, answers: cleaned)
    if let index = checklistRounds.lastIndex(where: {
      $0.takes(template, meetingID: meetingID, day: day, anonymous: anonymous)
    }) {
      if !anonymous,
        let earlier = checklistRounds[index].responses.firstIndex(
          where: { $0.memberID == memberID })
      {
        checklistRounds[index].responses[earlier] = response
      } else {
        checklistRounds[index].responses.append(response)
      }
      return checklistRounds[index].id
    }
    let round = ChecklistRound(
      template: template, meetingID: meetingID, day: day, anonymous: anonymous,
      responses: [response])
    checklistRounds.append(round)
    return round.id
  }

  /// The answers kept: those to questions of the template, texts cleaned (an empty text is no
  /// answer); one that does not fit its question is refused.
  static func cleaned(_ answers: [String: ChecklistAnswer], for template: ChecklistTemplate)
    throws -> [String: ChecklistAnswer]
  {
    var result: [String: ChecklistAnswer] = [:]
    for question in template.questions {
      guard var answer = answers[question.id] else { continue }
      if case .text(let text) = answer {
        let line = TextCleaning.line(text)
        if line.isEmpty { continue }
        answer = .text(String(line.prefix(ChecklistAnswer.textLimit)))
      }
      guard answer.fits(question.answer) else {
        throw ChecklistError.answerDoesNotFit(question: question.text)
      }
      result[question.id] = answer
    }
    return result
  }

  /// The meeting a checklist filled in on `day` belongs to: the one held that day, if any.
  public func meetingForChecklist(on day: CalendarDay) -> Meeting? {
    meetings.last { $0.day == day }
  }
}
