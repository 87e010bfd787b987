import CoachCore
import Foundation

extension CommunityScreen {
  /// The themes tab's actions: forms for a theme and what belongs to it; delete with undo.
  mutating func performOnThemes(_ action: CommunityAction, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    let community = context.community
    let selected =
      community.themes.indices.contains(themeSelection) ? community.themes[themeSelection] : nil
    switch action {
    case .themeList(let move):
      themeSelection =
        move.apply(to: themeSelection, count: community.themes.count, page: context.listPageSize)
        ?? themeSelection
      return []
    case .openTheme:
      guard let selected else { return [] }
      return [.push(.theme(ThemeScreen(communityID: id, themeID: selected.id)))]
    case .addTheme:
      return [.present(.form(Forms.theme(nil, in: community, context)))]
    case .editTheme:
      guard let selected else { return [] }
      return [.present(.form(Forms.theme(selected, in: community, context)))]
    case .addOutput:
      guard let selected else { return [] }
      return [.present(.form(Forms.themeOutput(selected, in: community, context)))]
    case .addMoment:
      guard let selected else { return [] }
      return [.present(.form(Forms.themeMoment(selected, in: community, context)))]
    case .addSubgroup:
      guard let selected else { return [] }
      return [.present(.form(Forms.themeSubgroup(selected, in: community, context)))]
    case .deleteTheme:
      guard let selected else { return [] }
      var changed = community
      changed.removeTheme(id: selected.id)
      return [.save(changed, label: context.strings.themes.deleted(selected.title))]
    default:
      return []
    }
  }
}
