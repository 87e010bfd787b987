import Foundation

/// `playbook.plist` as written: the coach's checklists and protocols, and the top-level keys
/// of a newer version put back.
struct PlaybookWriter {
  let residue: Residue

  func file(_ playbook: CoachPlaybook) -> PlistValue {
    var fields: PlistDictionary = [
      "schemaVersion": .integer(PlaybookFile.schemaVersion),
      "checklists": .array(playbook.checklists.map(template)),
      "protocols": .array(playbook.protocols.map(discussionProtocol)),
    ]
    residue.restore(into: &fields, at: "playbook")
    return .dictionary(fields)
  }

  private func template(_ template: ChecklistTemplate) -> PlistValue {
    .dictionary([
      "id": .string(template.id),
      "version": .integer(template.version),
      "title": localized(template.title),
      "questions": .array(
        template.questions.map { question in
          .dictionary([
            "id": .string(question.id),
            "nl": .string(question.text.nl),
            "en": .string(question.text.en),
            "answer": .string(question.answer.rawValue),
          ])
        }),
    ])
  }

  private func discussionProtocol(_ method: DiscussionProtocol) -> PlistValue {
    .dictionary([
      "id": .string(method.id),
      "name": localized(method.name),
      "purpose": localized(method.purpose),
      "steps": .array(
        method.steps.map { step in
          .dictionary([
            "title": localized(step.title),
            "who": localized(step.who),
            "minutes": .integer(step.minutes),
          ])
        }),
    ])
  }

  private func localized(_ text: LocalizedText) -> PlistValue {
    .dictionary(["nl": .string(text.nl), "en": .string(text.en)])
  }
}
