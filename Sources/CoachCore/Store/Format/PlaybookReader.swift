import Foundation

/// Reads `playbook.plist`, validating every value: a checklist needs an id and a title and
/// keeps at most `ChecklistTemplate.questionLimit` questions with unique ids; a protocol needs
/// an id, a name and steps whose minutes are within `DiscussionProtocol.stepMinutes`. What
/// does not hold up is dropped or mended and counted, never trapped on.
struct PlaybookReader {
  let log: ReadLog

  static let topKeys: PlistKeySet = ["schemaVersion", "checklists", "protocols"]

  func playbook(_ root: PlistDictionary) -> CoachPlaybook {
    let place = StoredRepair.Place.file
    let fields = FieldReader(.dictionary(root), place: place, log: log)
    fields?.keepUnknown(known: Self.topKeys, at: "playbook")
    var checklists: [ChecklistTemplate] = []
    for value in fields?.array("checklists") ?? [] {
      guard let template = template(value) else {
        log.repair(place, .entryDropped)
        continue
      }
      // One entry per id: the newest version wins, as in the catalog.
      if let index = checklists.firstIndex(where: { $0.id == template.id }) {
        log.repair(place, .entryDropped)
        if template.version > checklists[index].version { checklists[index] = template }
      } else {
        checklists.append(template)
      }
    }
    var protocols: [DiscussionProtocol] = []
    for value in fields?.array("protocols") ?? [] {
      guard let method = discussionProtocol(value),
        !protocols.contains(where: { $0.id == method.id }),
        !DiscussionProtocol.builtin.contains(where: { $0.id == method.id })
      else {
        log.repair(place, .entryDropped)
        continue
      }
      protocols.append(method)
    }
    return CoachPlaybook(checklists: checklists, protocols: protocols)
  }

  private func template(_ value: PlistValue) -> ChecklistTemplate? {
    let place = StoredRepair.Place.file
    guard let fields = FieldReader(value, place: place, log: log),
      let id = fields.line("id").flatMap({ try? CoachPlaybook.checkedID($0) }),
      !ChecklistTemplate.builtin.contains(where: { $0.id == id }),
      let title = localized(fields.fields["title"])
    else { return nil }
    var questions: [ChecklistTemplate.Question] = []
    for value in fields.array("questions") ?? [] {
      guard questions.count < ChecklistTemplate.questionLimit,
        let question = FieldReader(value, place: place, log: log),
        let questionID = question.line("id"), !questionID.isEmpty,
        !questions.contains(where: { $0.id == questionID }),
        let text = localized(value),
        let answer = question.enumeration("answer", ChecklistTemplate.Answer.self)
      else {
        log.repair(place, .valueReset(field: "questions"))
        continue
      }
      questions.append(ChecklistTemplate.Question(id: questionID, text, answer))
    }
    guard !questions.isEmpty else { return nil }
    return ChecklistTemplate(
      id: id, version: fields.integer("version", in: 1...1_000_000) ?? 1, title: title,
      questions: questions)
  }

  private func discussionProtocol(_ value: PlistValue) -> DiscussionProtocol? {
    let place = StoredRepair.Place.file
    guard let fields = FieldReader(value, place: place, log: log),
      let id = fields.line("id").flatMap({ try? CoachPlaybook.checkedID($0) }),
      let name = localized(fields.fields["name"])
    else { return nil }
    var steps: [DiscussionProtocol.Step] = []
    for value in fields.array("steps") ?? [] {
      guard steps.count < DiscussionProtocol.stepLimit,
        let step = FieldReader(value, place: place, log: log),
        let title = localized(step.fields["title"]),
        let minutes = step.integer("minutes", in: DiscussionProtocol.stepMinutes)
      else {
        log.repair(place, .valueReset(field: "steps"))
        continue
      }
      let who = localized(step.fields["who"]) ?? LocalizedText(nl: "iedereen", en: "everyone")
      steps.append(DiscussionProtocol.Step(title, minutes: minutes, who: who))
    }
    guard !steps.isEmpty else { return nil }
    return DiscussionProtocol(
      id: id, name: name,
      purpose: localized(fields.fields["purpose"]) ?? LocalizedText(nl: "", en: ""), steps: steps)
  }

  /// `nl` and `en` of a dictionary; one missing takes the other.
  private func localized(_ value: PlistValue?) -> LocalizedText? {
    guard let fields = FieldReader(value, place: .file, log: log) else { return nil }
    let nl = fields.line("nl") ?? ""
    let en = fields.line("en") ?? ""
    guard !nl.isEmpty || !en.isEmpty else { return nil }
    return LocalizedText(nl: nl.isEmpty ? en : nl, en: en.isEmpty ? nl : en)
  }
}
