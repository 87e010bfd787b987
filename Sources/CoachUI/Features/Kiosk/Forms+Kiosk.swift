import CoachCore
import Foundation

extension Forms {
  /// `k` on a community: the checklist the teachers fill in, and whether names are kept.
  static func kiosk(_ community: Community, _ context: CommunityContext) -> FormState {
    let k = KioskStrings.of(context.language)
    let catalog = ChecklistCatalog(custom: context.env.customChecklists)
    // After a meeting, its evaluation is the usual one; the catalog starts with it.
    return FormState(
      purpose: .kiosk(community: community.id), title: k.formTitle, subtitle: k.formSubtitle,
      fields: [
        .init(
          id: .kind, label: k.fieldChecklist,
          kind: .choice(
            options: catalog.templates.map { $0.title(context.language) }, selected: 0)),
        .init(
          id: .status, label: k.fieldAnonymous,
          kind: .choice(options: k.anonymousChoices, selected: 0)),
      ])
  }
}

extension Reducer {
  static func applyKioskForm(_ id: UUID, _ form: FormState, _ state: inout AppState) -> [Effect] {
    guard let community = state.library.loaded[id] else { return [] }
    // The same catalog as the form's, so the chosen line is the chosen checklist.
    let templates = ChecklistCatalog(custom: state.customChecklists).templates
    guard templates.indices.contains(form.choice(.kind)) else { return [] }
    let session = KioskSession(
      communityID: id, template: templates[form.choice(.kind)],
      meetingID: community.meetingForChecklist(on: state.today)?.id, day: state.today,
      anonymous: form.choice(.status) == 1, quitsOnLeave: false)
    return startKiosk(session, &state)
  }
}
