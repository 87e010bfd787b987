import CoachCore

/// The rows of the screen: the section's list, and the open one's questions or steps.
extension PlaybookScreen {
  func rowCount(_ context: PlaybookContext) -> Int {
    section == .checklists ? context.checklists.count : context.protocols.count
  }

  func selectedChecklist(_ context: PlaybookContext) -> ChecklistTemplate? {
    guard section == .checklists else { return nil }
    if let openID { return context.checklists.first { $0.id == openID } }
    return context.checklists.indices.contains(selection) ? context.checklists[selection] : nil
  }

  func selectedProtocol(_ context: PlaybookContext) -> DiscussionProtocol? {
    guard section == .protocols else { return nil }
    if let openID { return context.protocols.first { $0.id == openID } }
    return context.protocols.indices.contains(selection) ? context.protocols[selection] : nil
  }

  /// The number of questions or steps of the open one; nil when none is open (or it is gone).
  func itemCount(_ context: PlaybookContext) -> Int? {
    guard openID != nil else { return nil }
    return selectedChecklist(context)?.questions.count ?? selectedProtocol(context)?.steps.count
  }

  /// Whether the selected (or open) one comes with vlgcoach.
  func selectedIsBuiltin(_ context: PlaybookContext) -> Bool {
    if let checklist = selectedChecklist(context) { return !context.isOwnChecklist(checklist.id) }
    if let method = selectedProtocol(context) { return !context.isOwnProtocol(method.id) }
    return false
  }

  /// The sentence that refuses changing a builtin one.
  func builtinRefusal(_ context: PlaybookContext) -> String? {
    guard selectedIsBuiltin(context) else { return nil }
    let name =
      selectedChecklist(context)?.title(context.language)
      ?? selectedProtocol(context)?.name(context.language) ?? ""
    return ChecklistError.builtinNotEditable(name).message(context.language)
  }
}

extension PlaybookScreen {
  /// Every key table of the screen, for `KeyCatalog`: each list, and a builtin one open.
  static var catalogRoutes: [Route] {
    Section.allCases.flatMap { section -> [Route] in
      var screen = PlaybookScreen()
      screen.section = section
      let list = Route.playbook(screen)
      let first =
        section == .checklists
        ? ChecklistTemplate.builtin.first?.id : DiscussionProtocol.builtin.first?.id
      screen.openID = first
      return [list, .playbook(screen)]
    }
  }
}
