import CoachCore
import Foundation

/// `vlgcoach kiosk`'s arguments made into what the kiosk needs, checked before the terminal
/// is taken: a community with teachers, a checklist, a store that can be written.
struct KioskSetup {
  let community: Community
  let notebook: CoachNotebook
  let template: ChecklistTemplate
  let anonymous: Bool

  init(_ start: KioskStart, store: PropertyListStore, language: Language) throws {
    if case .readOnly(let reason) = store.access { throw StoreError.readOnly(reason) }
    let summary = try store.summaries.resolve(start.community)
    community = try store.community(summary.id)
    notebook = try store.notebook(summary.id)
    if let name = start.checklist {
      // The coach's own checklists too; a damaged playbook is said, not passed over.
      let catalog = ChecklistCatalog(custom: try store.readPlaybook().checklists)
      template = try catalog.template(named: name, language: language)
    } else {
      template = ChecklistTemplate.meetingEvaluation
    }
    guard !community.checklistRespondents.isEmpty else {
      throw KioskSetupError.noTeachers(community.name)
    }
    anonymous = start.anonymous
  }
}

enum KioskSetupError: CommandLineSentence, Equatable {
  case noTeachers(String)

  func sentence(_ language: Language) -> String {
    switch self {
    case .noTeachers(let name):
      language == .nl
        ? "\(name) heeft geen leraren die deelnemen; voeg eerst leden toe."
        : "\(name) has no teachers taking part; add members first."
    }
  }
}
