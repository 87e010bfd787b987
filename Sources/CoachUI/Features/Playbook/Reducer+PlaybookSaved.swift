import CoachCore
import Foundation

extension Reducer {
  /// The store holds `playbook` now: the program shows it, and says what changed.
  static func playbookSaved(_ playbook: CoachPlaybook, _ state: inout AppState) -> [Effect] {
    let before = state.playbook
    state.customChecklists = playbook.checklists
    state.customProtocols = playbook.protocols
    let p = PlaybookStrings.of(state.language)
    let language = state.language
    let known = Set(before.checklists.map(\.id)).union(before.protocols.map(\.id))
    if let copy = playbook.checklists.first(where: { !known.contains($0.id) }) {
      state.flash = p.copied(copy.title(language))
      selectInPlaybook(.checklists, copy.id, &state)
    } else if let copy = playbook.protocols.first(where: { !known.contains($0.id) }) {
      state.flash = p.copied(copy.name(language))
      selectInPlaybook(.protocols, copy.id, &state)
    } else if let changed = playbook.checklists.first(where: { !before.checklists.contains($0) }) {
      state.flash = p.versionSaved(changed.title(language), changed.version)
    } else if let changed = playbook.protocols.first(where: { !before.protocols.contains($0) }) {
      state.flash = p.protocolSaved(changed.name(language))
    }
    repairPlaybookRoute(&state)
    return []
  }

  /// The store refused (a read-only store, `playbook.plist` changed outside): nothing changed.
  static func playbookSaveFailed(_ message: String, _ state: inout AppState) -> [Effect] {
    state.flash = message
    repairPlaybookRoute(&state)
    return []
  }

  /// A copy is selected on the list it was added to.
  private static func selectInPlaybook(
    _ section: PlaybookScreen.Section, _ id: String, _ state: inout AppState
  ) {
    guard case .playbook(var screen) = state.route else { return }
    let context = PlaybookContext(env: ScreenEnvironment(state))
    let ids =
      section == .checklists ? context.checklists.map(\.id) : context.protocols.map(\.id)
    screen.section = section
    screen.openID = nil
    screen.selection = ids.firstIndex(of: id) ?? screen.selection
    setRoute(.playbook(screen), &state)
  }

  private static func repairPlaybookRoute(_ state: inout AppState) {
    guard case .playbook(var screen) = state.route else { return }
    screen.repair(PlaybookContext(env: ScreenEnvironment(state)))
    setRoute(.playbook(screen), &state)
  }
}
