import Foundation

/// Rounds of checklist answers as stored, with the keys kept from a newer version put back.
struct ChecklistRoundWriter {
  let residue: Residue

  func round(_ round: ChecklistRound) -> PlistValue {
    let path = "round/\(round.id.text)"
    var fields: PlistDictionary = [
      "id": .uuid(round.id),
      "day": .string(round.day.iso),
      "anonymous": .bool(round.anonymous),
      "template": template(round.template, path: path + "/template"),
      "responses": .array(
        round.responses.enumerated().map { response($1, path: path + "/response/\($0)") }),
    ]
    fields["meetingID"] = round.meetingID.map { .uuid($0) }
    residue.restore(into: &fields, at: path)
    return .dictionary(fields)
  }

  private func template(_ template: ChecklistTemplate, path: String) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .string(template.id),
      "version": .integer(template.version),
      "title": localized(template.title, path: path + "/title"),
      "questions": .array(
        template.questions.map { question in
          var fields: PlistDictionary = [
            "id": .string(question.id),
            "nl": .string(question.text.nl),
            "en": .string(question.text.en),
            "answer": .string(question.answer.rawValue),
          ]
          residue.restore(into: &fields, at: path + "/\(question.id)")
          return .dictionary(fields)
        }),
    ]
    residue.restore(into: &fields, at: path)
    return .dictionary(fields)
  }

  private func localized(_ text: LocalizedText, path: String) -> PlistValue {
    var fields: PlistDictionary = ["nl": .string(text.nl), "en": .string(text.en)]
    residue.restore(into: &fields, at: path)
    return .dictionary(fields)
  }

  private func response(_ response: ChecklistResponse, path: String) -> PlistValue {
    var answers: PlistDictionary = [:]
    for (id, answer) in response.answers {
      switch answer {
      case .yes: answers[id] = .bool(true)
      case .no: answers[id] = .bool(false)
      case .scale(let value): answers[id] = .integer(value)
      case .text(let text): answers[id] = .string(text)
      }
    }
    residue.restore(into: &answers, at: path + "/answers")
    var fields: PlistDictionary = [
      "submitted": .date(response.submitted),
      "answers": .dictionary(answers),
    ]
    fields["member"] = response.memberID.map { .uuid($0) }
    residue.restore(into: &fields, at: path)
    return .dictionary(fields)
  }
}
