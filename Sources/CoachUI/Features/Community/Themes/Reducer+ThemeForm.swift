import CoachCore
import Foundation

extension Reducer {
  /// Saves a theme form with CoachCore's theme operations.
  static func applyThemeForm(_ purpose: ThemeForm, _ form: FormState, _ state: inout AppState)
    throws -> [Effect]
  {
    let t = state.strings.themes
    switch purpose {
    case .add(let id):
      guard var community = state.library.loaded[id] else { return [] }
      let theme = try community.addTheme(
        title: form.value(.title), description: form.value(.description),
        members: try memberIDs(form, in: community), id: state.ids.next())
      if let index = community.themes.firstIndex(where: { $0.id == theme.id }) {
        community.themes[index].status = status(form)
      }
      let effects = change(&state, label: t.added(theme.title)) { $0.put(community) }
      if case .community(var screen) = state.route {
        screen.themeSelection = max(0, community.themes.count - 1)
        setRoute(.community(screen), &state)
      }
      return effects
    case .edit(let id, let themeID):
      guard var community = state.library.loaded[id] else { return [] }
      try community.updateTheme(
        id: themeID, title: form.value(.title), description: form.value(.description),
        members: try memberIDs(form, in: community), status: status(form))
      let title = community.themes.first { $0.id == themeID }?.title ?? ""
      return change(&state, label: t.changed(title)) { $0.put(community) }
    case .output(let id, let themeID):
      guard var community = state.library.loaded[id] else { return [] }
      let output = try community.addOutput(
        toTheme: themeID, title: form.value(.title), madeOn: try Forms.day(form, .made),
        triedInClassOn: try Forms.optionalDay(form, .tried), note: form.value(.note),
        id: state.ids.next())
      return change(&state, label: t.outputAdded(output.title)) { $0.put(community) }
    case .moment(let id, let themeID):
      guard var community = state.library.loaded[id] else { return [] }
      let kinds = ThemeMoment.Kind.allCases
      let kind = kinds[min(max(0, form.choice(.kind)), kinds.count - 1)]
      let moment = try community.addMoment(
        toTheme: themeID, kind: kind, day: try Forms.day(form, .date), note: form.value(.note),
        id: state.ids.next())
      let label = t.momentAdded(moment.kind.label(state.language).capitalizedFirst)
      return change(&state, label: label) { $0.put(community) }
    case .editOutput(let id, let themeID, let outputID):
      guard var community = state.library.loaded[id] else { return [] }
      try community.updateOutput(
        outputID, ofTheme: themeID, title: form.value(.title), madeOn: try Forms.day(form, .made),
        triedInClassOn: try Forms.optionalDay(form, .tried), note: form.value(.note))
      return change(&state, label: t.itemChanged) { $0.put(community) }
    case .editMoment(let id, let themeID, let momentID):
      guard var community = state.library.loaded[id] else { return [] }
      let kinds = ThemeMoment.Kind.allCases
      try community.updateMoment(
        momentID, ofTheme: themeID, kind: kinds[min(max(0, form.choice(.kind)), kinds.count - 1)],
        day: try Forms.day(form, .date), note: form.value(.note))
      return change(&state, label: t.itemChanged) { $0.put(community) }
    case .editSubgroup(let id, let themeID, let groupID):
      guard var community = state.library.loaded[id] else { return [] }
      try community.updateSubgroup(
        groupID, ofTheme: themeID, name: form.value(.name),
        members: try memberIDs(form, in: community))
      return change(&state, label: t.itemChanged) { $0.put(community) }
    case .subgroup(let id, let themeID):
      guard var community = state.library.loaded[id] else { return [] }
      let group = try community.addSubgroup(
        toTheme: themeID, name: form.value(.name), members: try memberIDs(form, in: community),
        id: state.ids.next())
      return change(&state, label: t.subgroupAdded(group.name)) { $0.put(community) }
    }
  }

  private static func memberIDs(_ form: FormState, in community: Community) throws -> [UUID] {
    do {
      return try TextCleaning.list(form.value(.members), separators: [",", "\n"])
        .map { try community.resolveMember($0).id }
    } catch let error as CoachError {
      throw FieldError(field: .members, error: error)
    }
  }

  private static func status(_ form: FormState) -> WorkTheme.Status {
    let statuses = WorkTheme.Status.allCases
    return statuses[min(max(0, form.choice(.status)), statuses.count - 1)]
  }
}
