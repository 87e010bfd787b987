import CoachCore

/// What the playbook screen may know: the builtin checklists and protocols and the coach's
/// own ones; no community.
struct PlaybookContext: ScreenContext {
  let env: ScreenEnvironment

  var playbook: CoachPlaybook {
    CoachPlaybook(checklists: env.customChecklists, protocols: env.customProtocols)
  }

  var checklists: [ChecklistTemplate] { ChecklistTemplate.builtin + env.customChecklists }
  var protocols: [DiscussionProtocol] { DiscussionProtocol.builtin + env.customProtocols }

  func isOwnChecklist(_ id: String) -> Bool { env.customChecklists.contains { $0.id == id } }
  func isOwnProtocol(_ id: String) -> Bool { env.customProtocols.contains { $0.id == id } }
}

extension AppState {
  /// The coach's own checklists and protocols as saved: edits build on this one.
  var playbook: CoachPlaybook {
    CoachPlaybook(checklists: customChecklists, protocols: customProtocols)
  }
}
