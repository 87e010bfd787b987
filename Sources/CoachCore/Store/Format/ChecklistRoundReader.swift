import Foundation

/// Reads the rounds of answers to checklists, validating every value: a round needs an id, a
/// day and a template with at least one question; an answer that does not fit its question is
/// dropped, and a name in an anonymous round is dropped too, so that it stays anonymous.
struct ChecklistRoundReader {
  let log: ReadLog

  /// Names of no member (one removed by hand) are dropped, the answers kept.
  func rounds(_ values: [PlistValue], members: [Member]) -> [ChecklistRound] {
    let known = Set(members.map(\.id))
    var seen = Set<UUID>()
    return values.compactMap { value in
      let place = StoredRepair.Place.checklistRound(value.dictionary?["day"]?.string ?? "?")
      guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
        let day = fields.day("day"),
        let template = template(fields.fields["template"], place: place, roundID: id)
      else {
        log.repair(place, .entryDropped)
        return nil
      }
      guard seen.insert(id).inserted else {
        log.repair(place, .entryDropped)
        return nil
      }
      fields.keepUnknown(known: StoredShape.roundKeys, at: "round/\(id.text)")
      let anonymous = fields.value("anonymous", \.bool) ?? false
      return ChecklistRound(
        id: id, template: template, meetingID: fields.uuid("meetingID"), day: day,
        anonymous: anonymous,
        responses: responses(
          fields.array("responses") ?? [], template: template, anonymous: anonymous,
          known: known, place: place, roundID: id))
    }
  }

  private func template(_ value: PlistValue?, place: StoredRepair.Place, roundID: UUID)
    -> ChecklistTemplate?
  {
    guard let fields = FieldReader(value, place: place, log: log),
      let id = fields.line("id"), !id.isEmpty,
      let title = localized(fields.fields["title"], place: place)
    else { return nil }
    let path = "round/\(roundID.text)/template"
    FieldReader(fields.fields["title"], place: place, log: log)?.keepUnknown(
      known: ["nl", "en"], at: path + "/title")
    fields.keepUnknown(known: StoredShape.templateKeys, at: path)
    var questions: [ChecklistTemplate.Question] = []
    for value in fields.array("questions") ?? [] {
      guard let question = FieldReader(value, place: place, log: log),
        let questionID = question.line("id"), !questionID.isEmpty,
        !questions.contains(where: { $0.id == questionID }),
        let text = localized(value, place: place),
        let answer = question.enumeration("answer", ChecklistTemplate.Answer.self)
      else {
        log.repair(place, .valueReset(field: "questions"))
        continue
      }
      question.keepUnknown(known: StoredShape.questionKeys, at: path + "/\(questionID)")
      questions.append(ChecklistTemplate.Question(id: questionID, text, answer))
    }
    guard !questions.isEmpty else { return nil }
    return ChecklistTemplate(
      id: id, version: fields.integer("version", in: 1...1_000_000) ?? 1, title: title,
      questions: questions)
  }

  /// `nl` and `en` of a dictionary; one missing takes the other.
  private func localized(_ value: PlistValue?, place: StoredRepair.Place) -> LocalizedText? {
    guard let fields = FieldReader(value, place: place, log: log) else { return nil }
    let nl = fields.line("nl") ?? ""
    let en = fields.line("en") ?? ""
    guard !nl.isEmpty || !en.isEmpty else { return nil }
    return LocalizedText(nl: nl.isEmpty ? en : nl, en: en.isEmpty ? nl : en)
  }

  private func responses(
    _ values: [PlistValue], template: ChecklistTemplate, anonymous: Bool, known: Set<UUID>,
    place: StoredRepair.Place, roundID: UUID
  ) -> [ChecklistResponse] {
    var result: [ChecklistResponse] = []
    for (index, value) in values.enumerated() {
      guard let fields = FieldReader(value, place: place, log: log),
        let submitted = fields.date("submitted")
      else {
        log.repair(place, .valueReset(field: "responses"))
        continue
      }
      let path = "round/\(roundID.text)/response/\(index)"
      fields.keepUnknown(known: StoredShape.responseKeys, at: path)
      var member = fields.uuid("member")
      if let id = member, anonymous || !known.contains(id) {
        log.repair(place, .valueReset(field: "member"))
        member = nil
      }
      let answers = self.answers(
        fields.fields["answers"], template: template, place: place, path: path)
      guard !answers.isEmpty else {
        log.repair(place, .valueReset(field: "responses"))
        continue
      }
      result.append(ChecklistResponse(memberID: member, submitted: submitted, answers: answers))
    }
    return result
  }

  /// The answers by question id, each of its question's kind; answers to questions the
  /// template does not have are kept as they are and written back.
  private func answers(
    _ value: PlistValue?, template: ChecklistTemplate, place: StoredRepair.Place, path: String
  ) -> [String: ChecklistAnswer] {
    guard let fields = FieldReader(value, place: place, log: log) else { return [:] }
    fields.keepUnknown(known: PlistKeySet(Set(template.questions.map(\.id))), at: path + "/answers")
    var result: [String: ChecklistAnswer] = [:]
    for question in template.questions {
      guard let raw = fields.fields[question.id] else { continue }
      let answer: ChecklistAnswer? =
        switch question.answer {
        case .yesNo: raw.bool.map { $0 ? .yes : .no }
        case .scale: raw.integer.map(ChecklistAnswer.scale)
        case .shortText:
          raw.string.map { .text(String(TextCleaning.line($0).prefix(ChecklistAnswer.textLimit))) }
        }
      guard let answer, answer.fits(question.answer) else {
        log.repair(place, .valueReset(field: "answers"))
        continue
      }
      result[question.id] = answer
    }
    return result
  }
}
